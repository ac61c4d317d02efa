// Party, politics, mass organisations, ceremonies.
export default `
đảng, đảng bộ, đảng viên, chi bộ, đảng ủy, huyện ủy, tỉnh ủy, thành ủy, thị ủy, đảng ủy xã, chi ủy, cấp ủy, cấp ủy đảng, tổ chức đảng, tổ chức cơ sở đảng
đảng cộng sản, đảng cộng sản việt nam, ban chấp hành, ban chấp hành trung ương, ban chấp hành đảng bộ, ban thường vụ, ban thường vụ huyện ủy, ban thường vụ tỉnh ủy
bí thư, phó bí thư, bí thư huyện ủy, phó bí thư huyện ủy, bí thư tỉnh ủy, bí thư chi bộ, bí thư đảng ủy, bí thư đoàn, tổng bí thư, phó bí thư thường trực, bí thư thành ủy
thường trực huyện ủy, thường trực tỉnh ủy, ủy viên ban thường vụ huyện ủy, ủy viên ban chấp hành đảng bộ, huyện ủy viên, tỉnh ủy viên, ủy viên trung ương
đại hội, đại hội đảng bộ, đại hội đại biểu, đại hội chi bộ, đại hội đảng, đại hội đảng toàn quốc, đại hội đoàn, đại hội đại biểu toàn quốc, nhiệm kỳ đại hội
nghị quyết đại hội, nghị quyết trung ương, nghị quyết của đảng, chỉ thị của ban bí thư, ban bí thư, bộ chính trị, kết luận của bộ chính trị, trung ương đảng
chủ trương, đường lối, đường lối của đảng, chủ trương của đảng, chính sách pháp luật, chính sách pháp luật của nhà nước, chủ trương chính sách
chủ trương đường lối, lãnh đạo chỉ đạo, sự lãnh đạo, sự lãnh đạo của đảng, sự chỉ đạo, sự quan tâm, quan tâm chỉ đạo, chỉ đạo điều hành
xây dựng đảng, chỉnh đốn đảng, xây dựng và chỉnh đốn đảng, công tác xây dựng đảng, hệ thống chính trị, xây dựng hệ thống chính trị, trong sạch vững mạnh
học tập và làm theo, làm theo tư tưởng, tư tưởng đạo đức phong cách hồ chí minh, tư tưởng hồ chí minh, đạo đức hồ chí minh, phong cách hồ chí minh, tấm gương đạo đức
chủ nghĩa xã hội, chủ nghĩa mác lênin, mác lênin, chủ nghĩa, xã hội chủ nghĩa, cộng hòa xã hội chủ nghĩa việt nam, độc lập tự do hạnh phúc, độc lập, tự do, hạnh phúc
tổ quốc, đất nước, dân tộc, quê hương, nhân dân, đồng bào, cách mạng, kháng chiến, chiến tranh, hòa bình, thống nhất đất nước, giải phóng miền nam
kết nạp đảng, kết nạp, đảng viên mới, phát triển đảng viên, quần chúng ưu tú, đối tượng kết nạp đảng, chuyển đảng chính thức, đảng viên dự bị, huy hiệu đảng, tuổi đảng
sinh hoạt chi bộ, sinh hoạt đảng, sinh hoạt chuyên đề, kiểm điểm, tự phê bình và phê bình, tự phê bình, phê bình, đánh giá xếp loại, xếp loại, hoàn thành xuất sắc nhiệm vụ, hoàn thành tốt nhiệm vụ
kiểm tra giám sát, ủy ban kiểm tra, ủy ban kiểm tra huyện ủy, công tác kiểm tra giám sát, thi hành kỷ luật, kỷ luật đảng, vi phạm, dấu hiệu vi phạm, khiển trách, cảnh cáo, cách chức, khai trừ
công tác cán bộ, quy hoạch cán bộ, đào tạo bồi dưỡng, bồi dưỡng, lý luận chính trị, trung cấp lý luận chính trị, cao cấp lý luận chính trị, trung tâm chính trị, bồi dưỡng chính trị
tuyên giáo, công tác tuyên giáo, dân vận, công tác dân vận, dân vận khéo, mô hình dân vận khéo, dân chủ cơ sở, quy chế dân chủ, quy chế dân chủ ở cơ sở, dân biết dân bàn dân làm dân kiểm tra
mặt trận, mặt trận tổ quốc, các đoàn thể chính trị xã hội, đoàn thể chính trị xã hội, tổ chức chính trị xã hội, khối đại đoàn kết, đại đoàn kết toàn dân tộc, ngày hội đại đoàn kết
đoàn thanh niên cộng sản hồ chí minh, thanh niên cộng sản, đội thiếu niên tiền phong hồ chí minh, thiếu niên tiền phong, hội liên hiệp thanh niên, thanh niên tình nguyện, thanh niên xung phong
lễ kỷ niệm, kỷ niệm, lễ kỷ niệm ngày thành lập, ngày thành lập, ngày thành lập đảng, mừng đảng mừng xuân, ngày truyền thống, truyền thống, truyền thống cách mạng, truyền thống vẻ vang
lễ mít tinh, mít tinh, lễ ra quân, ra quân, lễ phát động, phát động, phong trào, phong trào thi đua, phát động phong trào, hưởng ứng, hưởng ứng phong trào, cuộc vận động
toàn dân đoàn kết xây dựng đời sống văn hóa, đời sống văn hóa, người việt nam ưu tiên dùng hàng việt nam, hàng việt nam, cả nước chung tay vì người nghèo, vì người nghèo, quỹ vì người nghèo
chung tay, chung sức, đồng lòng, chung sức đồng lòng, chung tay xây dựng, đồng hành, đồng hành cùng, sát cánh, kề vai sát cánh, tương thân tương ái, lá lành đùm lá rách
gia đình chính sách, người có công, người có công với cách mạng, thương binh, liệt sĩ, thương binh liệt sĩ, bệnh binh, mẹ việt nam anh hùng, anh hùng lực lượng vũ trang, nghĩa trang liệt sĩ
đền ơn đáp nghĩa, uống nước nhớ nguồn, nhà tình nghĩa, nhà tình thương, nhà đại đoàn kết, sổ tiết kiệm, sổ tiết kiệm tình nghĩa, phụng dưỡng, thắp hương, dâng hương, viếng nghĩa trang
ngày thương binh liệt sĩ, ngày quốc khánh, quốc khánh, ngày giải phóng, giải phóng miền nam thống nhất đất nước, ngày quốc tế lao động, ngày quốc tế phụ nữ, ngày phụ nữ việt nam, ngày nhà giáo việt nam
cấp ủy viên, đảng ủy viên, chi ủy viên, cán bộ đảng viên, cán bộ đảng viên và nhân dân, toàn đảng toàn dân, toàn dân, toàn quân, toàn đảng
nêu gương, trách nhiệm nêu gương, người đứng đầu, trách nhiệm người đứng đầu, cấp trên, cấp dưới, cấp trên trực tiếp, gương mẫu đi đầu, nói đi đôi với làm
suy thoái, suy thoái tư tưởng chính trị, tự diễn biến, tự chuyển hóa, diễn biến hòa bình, quan điểm sai trái, thù địch, thế lực thù địch, luận điệu sai trái, xuyên tạc, bảo vệ nền tảng tư tưởng
phòng chống tham nhũng, tham nhũng, lãng phí, tiêu cực, tham nhũng lãng phí, tham nhũng tiêu cực, phòng chống tham nhũng tiêu cực, thực hành tiết kiệm, tiết kiệm chống lãng phí, chống lãng phí, lợi ích nhóm
đối ngoại, hợp tác quốc tế, quan hệ hợp tác, kết nghĩa, tỉnh kết nghĩa, hữu nghị, hợp tác hữu nghị, đoàn kết hữu nghị, biên giới, cột mốc, mốc quốc giới, quốc giới
# Party building, organisation, inspection
chi bộ thôn, chi bộ trực thuộc, đảng bộ xã, đảng bộ huyện, đảng bộ tỉnh, đảng bộ cơ sở, phó bí thư chi bộ, phó bí thư đảng ủy, ủy viên ban thường vụ, ủy viên ban chấp hành
kết nạp đảng viên, đảng viên chính thức, cảm tình đảng, lớp cảm tình đảng, bồi dưỡng lý luận chính trị, học tập lý luận
huy hiệu 30 năm tuổi đảng, năm tuổi đảng, trao huy hiệu, lễ trao huy hiệu, đảng viên lão thành, lão thành cách mạng, cán bộ lão thành, cán bộ hưu trí
sinh hoạt định kỳ, chất lượng sinh hoạt, chế độ sinh hoạt, kiểm điểm tập thể, kiểm điểm cá nhân, xếp loại chất lượng, không hoàn thành nhiệm vụ
ủy ban kiểm tra đảng ủy, công tác kiểm tra, giám sát chuyên đề, kiểm tra khi có dấu hiệu vi phạm, kỷ luật khiển trách, khai trừ khỏi đảng, xóa tên, xóa tên đảng viên, kỷ luật đảng viên, đảng viên vi phạm
ban tổ chức, ban tổ chức huyện ủy, ban tuyên giáo, ban tuyên giáo huyện ủy, ban dân vận, ban dân vận huyện ủy, văn phòng huyện ủy, trung tâm chính trị huyện, khối dân vận, khối đảng, đảng đoàn, ban cán sự đảng, cấp ủy cơ sở, cấp ủy cấp trên, thường trực
quán triệt, học tập quán triệt, tư tưởng đạo đức phong cách, tư tưởng đạo đức, suy thoái tư tưởng, đạo đức lối sống, suy thoái về tư tưởng chính trị, nền tảng tư tưởng
nghị quyết, chỉ thị, kết luận, quy định, hướng dẫn, thông tri, quyết định, chương trình hành động, kế hoạch thực hiện, triển khai thực hiện, tổ chức thực hiện, sơ kết, tổng kết, sơ kết giữa nhiệm kỳ, giữa nhiệm kỳ, nhiệm kỳ, đại biểu chính thức, văn kiện, dự thảo văn kiện, báo cáo chính trị, phương hướng nhiệm vụ, nhân sự, công tác nhân sự, luân chuyển cán bộ, điều động, bổ nhiệm, bổ nhiệm lại, miễn nhiệm, chuẩn y, bầu cử, bầu trực tiếp, tín nhiệm, lấy phiếu tín nhiệm, phiếu tín nhiệm, tỷ lệ phiếu, số phiếu
dân chủ ở cơ sở, ủy ban mặt trận tổ quốc, đoàn thể, các đoàn thể, hội cựu chiến binh, cựu chiến binh, hội nông dân, hội liên hiệp phụ nữ, đoàn thanh niên, huyện đoàn, đoàn viên, hội viên, công đoàn, liên đoàn lao động, hội chữ thập đỏ, hội người cao tuổi, hội cựu thanh niên xung phong
# Politics
chính trị, chính sách, pháp luật, nhà nước, nhà nước pháp quyền, nhà nước pháp quyền xã hội chủ nghĩa, chủ tịch hồ chí minh, bác hồ, lãnh đạo, chỉ đạo, quản lý nhà nước, làm chủ, nhân dân làm chủ, đại đoàn kết, khối đại đoàn kết toàn dân tộc, đồng thuận, đồng thuận xã hội, niềm tin, củng cố niềm tin, lòng tin, quốc hội, chính phủ, thủ tướng, thủ tướng chính phủ, phó thủ tướng, bộ trưởng, thứ trưởng, trung ương, chủ tịch nước, chủ tịch quốc hội, hội nhập, hội nhập quốc tế, đoàn công tác, làm việc, buổi làm việc, chuyến thăm, tiếp đón, hội đàm, ký kết, biên bản ghi nhớ, thỏa thuận hợp tác
# Moved from the files named by kind on 5 Dec 2026, sorted by keyword
bài phát biểu, được bầu, tái đắc cử, đắc cử, chi hội, chi đoàn, đại sứ quán, đồng chí, đồng hương, đồng minh, đồng khởi, hội đồng hương
khu tưởng niệm, khu nghĩa trang, nhân dịp, phong tặng, tiên phong, thư chúc mừng, thư khen, lòng dân, trọng thể, long trọng, trang trọng và ấm cúng
không khí trang trọng, buổi lễ trang trọng, tham dự, tham luận, phát biểu chỉ đạo, phát biểu khai mạc, phát biểu bế mạc, biểu dương, chúc mừng
dân chủ công khai, bế mạc thành công, chúc mừng thành công, gương điển hình, tham dự buổi lễ, dự buổi lễ, tại buổi lễ, tại buổi gặp mặt, tại đại hội
tại lễ khai mạc, phát biểu tại, đã vận động, phục vụ nhân dân, trong dịp lễ, với sự tham dự, của nhân dân, của đảng, của nhà nước, cho nhân dân
cho đoàn viên, cho hội viên, các chính sách, đối với đảng viên, mừng đảng, chúc mừng năm mới, bà con nhân dân, điển hình, vận động, đoàn kết, gặp mặt
trao tặng, trao giấy khen, quốc tế, các đồng chí, phát biểu, người tham dự, tuyên truyền viên, buổi lễ, diễn đàn, quốc gia, ngoại giao, hiệp hội
khen ngợi, khen tặng, liên hiệp, nguyên bí thư, nội bộ đảng, sự đồng thuận, tình đoàn kết, tuyên dương, tư tưởng, các đại biểu, vinh danh, hiệp định
các hội viên, các đoàn viên, các đảng viên, các chi bộ, các tổ chức đảng, anh hùng liệt sĩ, bia tưởng niệm
# one-syllable words (no pair; an ordinary word)
đoàn
`;
