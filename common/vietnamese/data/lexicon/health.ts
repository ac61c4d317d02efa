// Health, social affairs, population.
export default `
y tế, ngành y tế, trung tâm y tế, trung tâm y tế huyện, trạm y tế, trạm y tế xã, bệnh viện, bệnh viện đa khoa, bệnh viện huyện, bệnh viện tỉnh, phòng khám, phòng khám đa khoa, cơ sở y tế, cơ sở khám chữa bệnh
khám bệnh, chữa bệnh, khám chữa bệnh, khám sức khỏe, khám sức khỏe định kỳ, khám sàng lọc, sàng lọc, điều trị, điều trị nội trú, điều trị ngoại trú, nhập viện, xuất viện, chuyển viện, cấp cứu, hồi sức, hồi sức cấp cứu
bác sĩ, y sĩ, y tá, điều dưỡng, hộ sinh, dược sĩ, nhân viên y tế, cán bộ y tế, y bác sĩ, đội ngũ y bác sĩ, thầy thuốc, lương y, y tế thôn bản, nhân viên y tế thôn bản, cộng tác viên dân số
sức khỏe, chăm sóc sức khỏe, bảo vệ sức khỏe, sức khỏe nhân dân, sức khỏe cộng đồng, sức khỏe sinh sản, sức khỏe tâm thần, sức khỏe người cao tuổi, sức khỏe bà mẹ và trẻ em, chăm sóc sức khỏe ban đầu
bệnh, bệnh nhân, người bệnh, bệnh tật, bệnh nhân nặng, ca bệnh, ca mắc, mắc bệnh, số ca mắc, tử vong, ca tử vong, bệnh truyền nhiễm, bệnh không lây nhiễm, bệnh mãn tính, bệnh mạn tính, bệnh nghề nghiệp
phòng chống dịch bệnh, phòng chống dịch, phòng bệnh, phòng ngừa, phòng tránh, dịch sốt xuất huyết, sốt xuất huyết, tay chân miệng, bệnh tay chân miệng, sởi, bệnh sởi, bạch hầu, ho gà, uốn ván, bại liệt, viêm não, dại, bệnh dại, lao, bệnh lao, sốt rét, cúm, cúm mùa, tiêu chảy
tăng huyết áp, huyết áp, đái tháo đường, tiểu đường, ung thư, tim mạch, bệnh tim mạch, đột quỵ, tai biến, hen suyễn, phổi tắc nghẽn mạn tính, suy dinh dưỡng, thấp còi, béo phì, thiếu máu
tiêm chủng, tiêm chủng mở rộng, tiêm vắc xin, vắc xin, mũi tiêm, liều, liều vắc xin, mũi nhắc lại, tiêm phòng dại, tiêm đủ mũi, tiêm chủng đầy đủ, chiến dịch tiêm chủng
dinh dưỡng, vi chất dinh dưỡng, bổ sung vi chất, vitamin, vitamin a, uống vitamin a, sữa, sữa học đường, bữa ăn, bữa ăn dinh dưỡng, khẩu phần, ăn uống, vệ sinh ăn uống
ngộ độc, ngộ độc thực phẩm, ngộ độc rượu, thực phẩm bẩn, thực phẩm sạch, thực phẩm chức năng, nguồn gốc xuất xứ, không rõ nguồn gốc, kiểm tra liên ngành
thuốc, thuốc men, thuốc chữa bệnh, nhà thuốc, quầy thuốc, hiệu thuốc, kê đơn, đơn thuốc, dược phẩm, trang thiết bị y tế, thiết bị y tế, máy thở, xe cứu thương, giường bệnh
thẻ bảo hiểm y tế, bao phủ bảo hiểm y tế, người tham gia bảo hiểm y tế, khám chữa bệnh bảo hiểm y tế, quỹ bảo hiểm y tế, bảo hiểm xã hội huyện
y tế dự phòng, trung tâm kiểm soát bệnh tật, kiểm soát bệnh tật, kiểm soát nhiễm khuẩn, giám sát dịch tễ, dịch tễ, xét nghiệm, test nhanh, cách ly, khoanh vùng, dập dịch, ổ dịch, vùng dịch, điều tra dịch tễ
phun thuốc diệt muỗi, diệt muỗi, diệt lăng quăng, lăng quăng, bọ gậy, tổng vệ sinh, môi trường sống, nước sạch và vệ sinh môi trường, nhà tiêu hợp vệ sinh, hợp vệ sinh
công tác dân số, mức sinh, mức sinh thay thế, sinh con thứ ba, mất cân bằng giới tính khi sinh, cân bằng giới tính, tầm soát, sàng lọc trước sinh, sàng lọc sơ sinh, tiền hôn nhân, kết hôn cận huyết, tảo hôn
bà mẹ, trẻ sơ sinh, phụ nữ mang thai, thai phụ, sản phụ, sinh đẻ, sinh nở, sinh tại cơ sở y tế, khám thai, chăm sóc thai sản, thai sản, nuôi con bằng sữa mẹ, sữa mẹ
người khuyết tật, khuyết tật, trợ cấp, trợ cấp xã hội, bảo trợ xã hội, đối tượng bảo trợ xã hội, trợ giúp xã hội, người có hoàn cảnh khó khăn, hoàn cảnh khó khăn, hộ khó khăn, trẻ em mồ côi, mồ côi, người neo đơn, neo đơn
lao động thương binh và xã hội, chính sách xã hội, an sinh, công tác xã hội, nhân viên công tác xã hội, trung tâm bảo trợ xã hội, nhà dưỡng lão, chăm sóc người cao tuổi, mừng thọ, chúc thọ, thượng thọ
phòng chống ma túy, nghiện ma túy, cai nghiện, cai nghiện ma túy, cai nghiện tại gia đình, cai nghiện tại cộng đồng, điều trị methadone, hiv, phòng chống hiv, người nhiễm hiv, tệ nạn xã hội, mại dâm
khám chữa bệnh miễn phí, khám bệnh miễn phí, cấp thuốc miễn phí, phát thuốc miễn phí, hiến máu, hiến máu tình nguyện, ngày hội hiến máu, đơn vị máu, giọt máu hồng, hiến tạng
y học cổ truyền, đông y, châm cứu, xoa bóp, bấm huyệt, thuốc nam, vườn thuốc nam, phục hồi chức năng, vật lý trị liệu, phẫu thuật, mổ, ca mổ, ca phẫu thuật, nội soi, siêu âm, chụp x quang, chụp cắt lớp
quá tải, quá tải bệnh viện, chất lượng khám chữa bệnh, sự hài lòng của người bệnh, thái độ phục vụ, y đức, quy tắc ứng xử, đổi mới phong cách, lấy người bệnh làm trung tâm
kháng sinh, thuốc kháng sinh, kháng thể, miễn dịch, hệ miễn dịch, lây nhiễm, lây lan, lây truyền, nhiễm bệnh, nhiễm trùng, nhiễm khuẩn, viêm phổi, viêm gan, sốt cao, ho, sổ mũi, đau đầu, co giật, hôn mê, cấp cứu kịp thời, phác đồ, phác đồ điều trị, bệnh viện tuyến trên, chuyển tuyến
phòng sởi, phòng dại, phòng lao, phòng cúm, phòng ngừa dịch, tiêm phòng sởi, vắc xin sởi, vắc xin phòng bệnh, sởi rubella, thủy đậu, quai bị
# Health
y tế cơ sở, phẫu thuật nội soi, chẩn đoán, chẩn đoán hình ảnh, nữ hộ sinh, bệnh nhi, cấp thuốc, khẩu trang, ngân hàng máu, hồ sơ sức khỏe điện tử, thông tuyến, tuyến trên, tuyến dưới, tuyến huyện, tuyến xã, nguy kịch, qua cơn nguy kịch, phun hóa chất, muỗi
# Health and social
tầm soát ung thư, phát hiện sớm, điều trị kịp thời, thuốc đặc trị, thuốc thiết yếu, cơ số thuốc, chạy thận, lọc máu, chạy thận nhân tạo, cấp cứu ngoại viện, xe cấp cứu, tổng đài cấp cứu, ngộ độc nấm, nấm độc, rắn cắn, chó cắn, bệnh lây qua đường tình dục, tâm thần, trầm cảm, người cao tuổi neo đơn, không nơi nương tựa, trẻ em lang thang, trẻ em khuyết tật, người tâm thần, bảo trợ, nuôi dưỡng tập trung, chăm sóc tại cộng đồng, cứu trợ khẩn cấp, nhà tạm bợ, mái tôn, vách tôn, dột nát, xuống cấp
# Moved from the files named by kind on 5 Dec 2026, sorted by keyword
đại dịch, hộ lý, đang điều trị, người tử vong, biến chứng, chống dịch, triệu chứng, cứu chữa, khám chữa, thăm khám, mang thai, mạnh khỏe, phòng dịch
cắt lớp vi tính, vi rút, ốm yếu, khỏe khoắn, chẩn trị, cơn sốt, cơn đau
# one-syllable words (no pair; an ordinary word)
răng, tim, gan, phổi, máu
`;
