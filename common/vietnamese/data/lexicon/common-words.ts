// Words of no domain: function words and connectives, time and quantity, and the
// general verbs, adjectives and report phrasing that every domain uses. Entries of a
// domain belong in that domain's file (index.test.ts). Written for this project;
// see ../../README.md.
export default `
# function words, connectives, time and quantity
việc riêng, việc chung, sự việc, trong năm, trong đó, bên cạnh đó, ngoài ra, tuy nhiên, qua đó, nhờ đó, từ đó, do đó, vì vậy, theo đó, mỗi năm
giữa năm, năm sau, năm trước, sắp tới, đã được, đang được, sẽ được, tại chỗ, cho hay, đã có, sẽ có, trong những năm gần đây, trong năm qua
trong năm tới, vào lúc, vào năm, vào cuộc, từ năm, là một trong những, là nơi, đến hết năm, đến năm, đến với, đến từ, nhiều năm qua, nhiều năm liền
một số, một trong, một lần, một năm, một số nơi, hơn nữa, hơn hết, hơn bao giờ hết, hơn một, hơn hai, hơn ba, hơn năm, hơn mười, hơn trăm, gần như
gần một, gần hai, gần ba, khoảng một, khoảng hai, đối với các, mới đây, vừa qua, vừa được, vừa có, lên đến, lên tới, xuống còn, còn lại, còn nhiều
năm mới, có thể, không thể, có lẽ, có khi, có lúc, có nhiều, có một, có những, có được, không có, không còn, không được, không phải, không chỉ
không những, không nên, không cần, đã và đang, vẫn còn, vẫn là, cũng như, cũng là, cũng có, cũng đã, bởi vì, bởi lẽ, vì thế, do vậy, cho nên, tuy vậy
mặc dù, dù vậy, nhưng mà, song song, trong khi, trong số, trong những năm qua, trong lúc, bên cạnh, cùng với, cùng lúc, cùng nhau, với nhau, lẫn nhau
theo như, để lại, để cho, để có, để được, sao cho, cho đến, từ khi, từ trước, năm qua, cả năm, khi nào, bao giờ, bao nhiêu, tất cả, toàn bộ, toàn thể
hầu hết, phần nào, một trong những, nhiều nơi, nhiều năm, nhiều lần, nhiều hơn, rất nhiều, mọi nơi, mọi lúc, mọi việc, những năm, những việc, gần đây
trước đó, sau đó, sau khi, trước khi, ngay sau, ngay từ, chỉ ra, con số, phần trăm, ít nhất, nhiều nhất, ai đó, cái gì, điều gì, việc gì, như vậy
như thế, như nhau, như sau, như trên, dưới đây, nhất là, thêm nữa, ngoài ra còn, còn ít, vẫn chưa, chưa có, chưa được, ra sao, thế nào, như thế nào
tại sao, vì sao, hay không, có hay không, được không, mới có, mới được, mới là, hầu như, khoảng, trên dưới, một nửa, nghìn tỷ, vừa rồi, vừa mới
mới rồi, ngay cả, kể cả, kể từ, kể từ khi, trừ khi, ngoài việc, thay vì, thay cho, vài trăm, vài nghìn, mấy trăm, hơn một nửa, một phần ba
khoảng chừng, bên trong, bên ngoài, bên trên, bên dưới, hai bên, các bên, bên kia, bên này, chỉ số, chỉ có, chỉ là, chỉ còn, chỉ mới, chỉ cần, cho dù
chung chung, của chung, một điều, đối với, gần nhất, gần hết, lại gần, sự thật, trước hết, về việc, ra về, ra ngoài, ra vào, bởi vậy, sau cùng
luôn luôn, đôi khi, chẳng những, không những mà còn, mà còn, hay là, hoặc là, còn về, về phần, riêng về, nhờ vậy, kể trên, chung cuộc, có chăng
dần dần, điều hay, lần lượt, nhằm vào, những ai, phần việc, thêm vào, nơi nơi, thật sự, đôi, bộ, chiếc, cái, con, bao, phần, lượt, kể, mới, hay, gần
trong, cho, vẫn, đã, sẽ, đang, vừa, sắp, từng, hãy, đừng, chớ, nên, phải, cần, muốn, thật, hết, còn, được, tất, dù
# other words of no domain, by first syllable
ác liệt
ám ảnh
an cư, an dưỡng, an khang, an lành, an nguy, an nhàn, an táng, an tâm, an ủi
ảnh hưởng
ánh mắt, ánh sáng
áp dụng, áp đặt, áp lực
ắc quy
ầm ĩ
âm lịch, âm mưu, âm thanh, âm thầm
ân cần, ân tình
ấn định, ấn tượng
ẩn náu
âu lo
bã
bạc
bác bỏ
bãi
bài bản
ban, ban đầu, ban ngày
bản chất, bản địa, bản đồ, bản lề, bản lĩnh, bản quyền, bản thân, bản vẽ
bạn đọc
bàn làm việc, bàn luận
bảng biểu, bảng tin
bàng hoàng
bảo an, bảo hành, bảo hiểm, bảo hộ, bảo lãnh, bảo trì, bảo vệ, bảo vệ dân phố
bao bọc, bao dung, bao gồm, bao phủ, bao quát, bao tải, bao vây
bạo động, bạo lực
báo hiếu, báo hiệu
bão hòa
bát
bay
bắn
băng
bằng cách, bằng cấp, bằng chứng, bằng hữu
bắt buộc, bắt đầu, bắt gặp, bắt kịp, bắt nguồn, bắt nhịp, bắt tay
bẩm sinh
bận bịu, bận rộn, bận tâm
bấp bênh
bất bình, bất cẩn, bất cập, bất chấp, bất cứ, bất động sản, bất kể, bất kỳ, bất lợi, bất ngờ, bất ổn, bất thường, bất tiện
bầu bí, bầu chọn, bầu không khí, bầu làm, bầu trời
bề bộn, bề mặt, bề rộng
bệ phóng
bền bỉ
bị ảnh hưởng, bị chậm, bị động, bị hư hỏng, bị mất, bị xuống cấp
bí mật, bí quyết
bi quan
biến dạng, biến đổi, biến động
biên dịch
biện pháp
biết bao, biết rằng, biết rõ
biếu
biểu hiện, biểu ngữ, biểu quyết, biểu tình, biểu tượng
bình, bình an, bình chọn, bình dân, bình diện, bình đẳng, bình luận, bình minh, bình quân, bình thường, bình tĩnh, bình xét
binh lính
bó
bọ
bỏ ngỏ, bỏ qua, bỏ rơi, bỏ sót
bọc
bổ, bổ ích, bổ trợ
bố, bố trí
bộ mặt, bộ phận
bộc lộ, bộc phát
bối cảnh, bối rối
bồi đắp, bồi hoàn, bồi hồi
bộn bề
bồn chồn
bột phát
búa
bùn đất, bùn non
bụng
bùng nổ, bùng phát
buông lỏng, buông xuôi
bút
bừa, bừa bãi
bức thiết, bức tranh, bức xúc
bước đầu, bước đi, bước ngoặt, bước ra, bước tiến, bước vào
bướm
bứt phá
bưu chính
ca, ca khúc, ca ngợi
cá biệt, cá rô, cá thể, cá tính
cả nước
các chức danh, các đối tượng, các em, các hộ, các loại, các lực lượng, các phòng, các trường, các trường hợp, các vụ việc
cách biệt, cách đây, cách làm, cách làm hay, cách làm mới, cách nhau, cách thức, cách trở
cải, cải biên, cải táng, cải tiến, cải tổ
cai quản
cám, cám dỗ
cam đoan, cam go
cảm giác, cảm hứng, cảm kích, cảm nhận, cảm ơn, cảm phục, cảm tạ, cảm thấy, cảm thông, cảm tình
can, can dự, can đảm, can ngăn, can thiệp
cán
cạn, cạn kiệt
càn quét
cản trở
càng ngày càng, càng thêm
canh, canh giữ
cánh
cảnh báo, cảnh giác, cảnh giới, cảnh sắc, cảnh tượng, cảnh vệ
cáo buộc
cao cả, cao cấp, cao điểm, cao độ, cao lớn, cao nguyên, cao nhất, cao quý, cao ráo, cao thượng, cao trào
cày
căn bản, căn cứ, căn hộ
cặn kẽ
căng thẳng
cặp
cắt giảm
cấm đoán
cần câu, cần cù, cần kíp, cần lao, cần mẫn, cần thiết phải, cần tìm
cân đối, cân nhắc
cận kề
cẩn thận, cẩn trọng
cấp bậc, cấp độ, cấp thiết, cấp tiến, cấp tốc
cất cánh
câu cá, câu đối, câu hỏi, câu trả lời
cầu cứu, cầu nối, cầu thang, cầu thị
cấu trúc
cây bút, cây cầu, cây cối, cây đa, cây đào, cây số
chả
chạch
chai
chài
chan chứa
chán nản
chảo
cháo
chào đón, chào mừng
chắc chắn
chăm, chăm chỉ, chăm chút
chăn, chăn thả
chặn đứng
chặng đường
chẳng hạn
chắt
chặt cây, chặt chẽ, chặt chẽ hơn, chặt hạ, chặt phá
chậm chạp, chậm lại, chậm nhất
chấm dứt
châm ngôn
chân chính, chân dung, chân lý, chân thật, chân thực
chấn chỉnh, chấn động, chấn thương
chập chờn
chấp hành
chật chội, chật vật
chất độc, chất đốt, chất liệu
chậu
châu lục
chém
chén
chế tài
chênh lệch, chênh vênh
chết người
chỉ dẫn, chỉ dấu, chỉ định, chỉ huy
chi tiết
chia cắt, chia lửa, chia nhỏ, chia sẻ tại, chia tách, chia tay
chiếm lĩnh
chiêm ngưỡng
chiến công, chiến khu, chiến lược, chiến sự
chiếu
chiều chuộng, chiều hướng, chiều nay, chiều sâu
chìm
chín chắn, chín muồi
chỉn chu
chính chủ, chính danh, chính đáng, chính là, chính mình, chính quy, chính thể, chính thống, chính thức, chính yếu
chỉnh đốn, chỉnh lý, chỉnh sửa
chịu đựng
cho biết thêm, cho các em, cho các hộ, cho đến nay, cho phép, cho thuê
chọn giống, chọn lọc, chọn lựa
chóng mặt
chỗ đứng, chỗ ở
chổi
chối bỏ
chồng chất
chống chọi, chống đối, chống đỡ, chống hạn, chống lại, chống thấm, chống úng
chốt
chờ đợi
chớp
chủ chốt, chủ đạo, chủ động, chủ hộ, chủ lực, chủ nhật, chủ nhiệm, chủ quan, chủ quản, chủ sở hữu, chủ thể, chủ trang trại, chủ trì, chủ yếu
chu đáo, chu kỳ
chú thích, chú trọng, chú ý
chuẩn bị, chuẩn mực, chuẩn xác
chục
chúc phúc
chum
chủng loại
chung quanh, chung sống, chung tay góp sức, chung thủy
chuỗi ngày
chuông
chuột
chuyển, chuyển biến, chuyển biến tích cực, chuyển dịch, chuyển đến, chuyển đi, chuyển đổi, chuyển động, chuyển giao, chuyển hướng, chuyển tiếp
chuyên biệt, chuyên cần, chuyên đề, chuyên gia, chuyên khoa, chuyên môn, chuyên nghiệp, chuyên sâu
chuyến đi
chuyện trò
chưa cao
chứa đựng
chức danh, chức trách, chức vị, chức vụ
chứng khoán, chứng kiến, chứng minh, chứng tỏ, chứng từ
chững lại
chừng mực
chương mục
có công, có dấu hiệu, có điều kiện, có giá trị, có hại, có hạn, có ích, có khả năng, có lỗi, có lợi, có mặt, có mặt tại, có nguy cơ, có nhiều đóng góp
có thể nói, có thể xảy ra, có tiếng, có uy tín, có vai trò, có xu hướng, có ý nghĩa
coi, coi trọng
còn chậm, còn hạn chế, còn thấp, còn tồn tại
con dốc, con đê, con đường, con kênh, con mương, con người, con vật
cổ, cổ động, cổ kính, cổ truyền
cố chấp, cố định, cố gắng, cố hữu, cố vấn
cô đơn, cô lập
cốc
cội nguồn
côn trùng
công chúng, công cộng, công cụ, công đức, công hiệu, công ích, công khai, công lao, công lập, công nhận, công phu, công quyền, công sức, công việc
công xưởng
cộng đồng chung, cộng hòa, cộng hưởng, cộng sản, cộng sự, cộng tác, cộng tác viên, cộng thêm
cơ bản, cơ cấu, cơ cực, cơ động, cơ giới, cơ hội, cơ hữu, cơ may, cơ thể
cởi trói
cụ hồ, cụ thể là
của cải
cục bộ
củi
củng cố
cùng cực
cung đường
cuốc
cuộc chiến, cuộc gặp
cuối cùng
cuốn
cuồng nhiệt
cư dân, cư xử
cứ điểm
cử nhân
cự tuyệt
cưa
cực kỳ
cứng rắn
cưỡng chế giao
cường độ, cường quốc
cương quyết, cương vị
cứu giúp, cứu tế, cứu thương
da
dã man
dài hạn
dàn dựng, dàn trải
dang dở
dành cho, dành dụm, dành riêng, dành thời gian
danh dự, danh mục, danh nghĩa, danh nhân, danh sách, danh sách đen, danh thắng, danh thiếp, danh tiếng, danh tính
dao
dày đặc
dân chúng, dân dụng, dân lập, dân nguyện, dân phòng, dân phố, dân sinh, dân tình, dân trí, dân ý
dẫn chứng, dẫn dắt, dẫn đầu, dẫn đến, dẫn giải, dẫn nước
dâng, dâng trào
dập tắt
dấu ấn, dấu hiệu, dấu vết
dây
dậy sóng
dè chừng, dè dặt
dễ chịu, dễ dàng, dễ thương
dị biệt
di chỉ, di cư, di dân, di động
dí dỏm
dịch chuyển, dịch thuật
diễn biến, diễn giả, diễn giải, diễn ra, diễn ra tại
diện mạo, diện rộng
diệt trừ
diễu hành
dinh thự
dịp này
dịu dàng
doanh trại
dòng chảy, dòng họ
dốc
dồn dập
dông dài
dở, dở dang
dời đi
dũng cảm
dụng cụ
dùng để
dung hòa, dung lượng
duy nhất, duy trì
duyên dáng, duyên hải
dự báo, dự bị, dự cảm, dự định, dự đoán, dự kiến, dự phòng, dự trữ
dư dả, dư luận, dư thừa
dựa vào
dừng chân, dừng lại
dựng lại, dựng nghiệp, dựng xây
dượng
dưỡng lão
dương lịch
dường như
dứt khoát
đá bóng
đã cấp, đã đạt, đã đạt được, đã đón, đã hoàn thành, đã phát hiện, đã tặng, đã thu hút, đã trao, đã trở thành, đã xử lý
đa dạng, đa đoan, đa khoa, đa năng, đa phần, đa phương, đa số
đà phục hồi, đà tăng
đại bộ phận, đại chúng, đại dương, đại đa số, đại sứ, đại trà
đảm đang, đảm nhận, đảm nhiệm
đàm phán
đàn áp
đáng chú ý, đáng giá, đáng kể, đáng khích lệ, đáng mừng, đáng tiếc
đang có xu hướng, đang hoàn thiện, đang khẩn trương, đang tiến hành
đánh bại, đánh dấu, đánh đập, đánh máy, đánh nhau, đánh số, đánh thức
đào bới, đào đắp, đào hố, đào kênh
đạo diễn, đạo đức, đạo hiếu, đạo lý
đảo ngược
đáp án, đáp ứng
đạt được, đạt tới, đạt và vượt, đạt yêu cầu
đặc biệt, đặc cách, đặc công, đặc điểm, đặc khu, đặc quyền, đặc sắc, đặc thù, đặc trưng
đắc lực
đằm thắm
đắn đo
đăng bài, đăng cai, đăng tải, đăng tin
đặt ra
đâm
đấm
đậm đà
đất liền
đậu
đầu đàn, đầu mối, đầu nguồn, đầu người, đầu óc, đầu tháng, đầu tiên, đầu vào
đấu nối, đấu sĩ, đấu tranh, đấu tranh chống
đầy, đầy ắp, đầy đặn
đẩy lùi
đèn
để các em, để dành, để lại dấu ấn, để nhân rộng, để phục vụ, để sớm, để tâm, để xảy ra, để ý
đề cao, đề cập, đề cương, đề phòng, đề ra, đề tài
đệ trình
đệm
đêm giao thừa, đêm hội, đêm nay, đêm qua, đêm trăng
đền bù
đến cuối năm, đến dự, đến nay, đến ngày, đến tay, đến tận, đến tháng, đến thăm, đến trường
đều đặn
đi đầu, đi đôi, đi kèm, đi lên, đi ra, đi vào, đi vào nề nếp, đi về
đỉa
đĩa
địa chỉ, địa danh, địa điểm, địa giới, địa hình, địa văn, địa vị
đích thực
điểm danh, điểm mạnh, điểm nhấn, điểm phần trăm, điểm sáng, điểm tựa, điểm yếu
điềm tĩnh
điều khiển, điều khoản, điều kiện, điều lệ, điều phối, điều tiết
đinh
định, định cư, định giá, định hình, định hướng, định kỳ, định mức, định nghĩa, định vị
đính chính
đỏ tươi
đoạn đường, đoạn tuyệt
đoàn tụ
đón chào, đón đoàn, đón khách, đón nhận, đón tiếp
đóng băng, đóng dấu, đóng gói, đóng góp, đóng quân, đóng vai trò
đổ, đổ nhà
độc đáo, độc quyền
đổi, đổi chác, đổi mới, đổi thay
đội, đội ngũ
đối chiếu, đối diện, đối đầu, đối lập, đối mặt, đối nội, đối phó, đối tác, đối thủ, đối với hộ, đối với người, đối với trường hợp, đối xử, đối xứng
đôn đốc
đồng, đồng ca, đồng cảm, đồng chủ trì, đồng đều, đồng điệu, đồng đội, đồng hồ, đồng nghiệp, đồng quê, đồng tâm, đồng thời, đồng tình
động chạm, động cơ, động lực, động tác, động thái, động vật
đông đảo
đột biến, đột xuất
đợi chờ
đơn, đơn côi, đơn đặt hàng, đơn độc, đơn giá, đơn giản, đơn hàng, đơn lẻ, đơn phương, đơn sơ, đơn thuần
đợt
đủ
đũa
đua tranh
đúng, đúng chỗ, đúng đắn, đúng đối tượng, đúng giờ, đúng không, đúng là, đúng lúc, đúng mức, đúng mực, đúng người, đúng người đúng việc
đuôi
đuổi kịp
đưa lên, đưa ra, đưa vào, đưa về
đức hạnh
đứng đắn, đứng đầu, đứng thứ, đứng vững
được biết, được cấp, được coi, được công nhận, được giao, được hưởng, được mất, được nhận, được phép, được tặng, được trao, được xem
đương đầu, đương nhiệm, đương nhiên, đương thời
đường truyền
ếch
ga
gác
gang
gánh nặng, gánh vác
gãy đổ
gay gắt
gắn bó, gắn kết, gắn liền
gặp gỡ, gặp khó, gặp nạn, gặp phải, gặp sự cố
gần bằng, gần gũi
gấp ba, gấp đôi, gấp nhiều lần, gấp rút
gây dựng, gây hại, gây quỹ
gầy dựng
ghe, ghe ngo, ghe xuồng
ghẹ
ghi chú, ghi danh, ghi dấu, ghi điểm, ghi hình
giả, giả định, giả mạo
gia cố, gia công, gia giảm, gia hạn, gia nhập, gia sản, gia tài, gia tăng, gia truyền, gia trưởng, gia vị
giá thuê
giai cấp, giai điệu, giai đoạn
giải cứu, giải nhiệt, giải phóng, giải tán, giải thích, giải tỏa, giải vây
giảm bớt, giảm còn, giảm dần, giảm mạnh, giảm nhẹ, giảm so với, giảm sút, giảm tải, giảm thiểu, giảm xuống
giám định, giám hộ, giám khảo, giám thị
gián, gián đoạn, gián tiếp
giãn cách
giản dị, giản đơn
gian hàng, gian nan
giành được, giành lấy
giao cho, giao dịch, giao hữu, giao kết, giao khoán, giao lưu, giao thoa, giao tiếp
giáo dưỡng, giáo điều, giáo khoa, giáo sư, giáo trình
giằng co
giấc mơ
giấy
giây phút
giò
giỏ
giòn giã
giống như
giới chức, giới hạn, giới thiệu
giục giã
giúp dân, giúp đỡ lẫn nhau, giúp nhau, giúp sức, giúp việc
giữ, giữ chân, giữ chức, giữ lại, giữ nguyên, giữ nước, giữ vai trò, giữ vững
góc nhìn
gói, gói gọn
gọn nhẹ
góp sức, góp ý
gối
gợi mở, gợi ý
gửi, gửi đơn, gửi gắm
gừng
ha
hạ cánh, hạ lưu, hạ nhiệt, hạ quyết tâm, hạ sĩ, hạ thấp, hạ thủy
hài hòa
hải quan, hải sản
hàm ý
hạn, hạn chế, hạn mức
hang
hàng chục, hàng đầu, hàng không, hàng loạt, hàng năm, hàng ngàn, hàng ngày, hàng nghìn, hàng nghìn người, hàng ngũ, hàng tấn, hàng tháng, hàng trăm
hàng trăm người, hàng triệu, hàng tuần, hàng tỷ, hàng vạn, hàng vạn người, hàng vận
hành, hành động, hành hương, hành lang, hành lý, hành quân
hạnh ngộ
hào hùng, hào hứng, hào phóng
hao hụt
hạt nhân
hăng hái
hằng năm, hằng ngày, hằng quý, hằng tháng, hằng tuần
hầm hố
hân hạnh
hấp dẫn, hấp thụ
hậu duệ, hậu phương, hậu quả, hậu thuẫn
hé lộ
hẹn hò
hệ lụy, hệ quả, hệ số, hệ thống
hến
hết sức
hiếm hoi
hiềm khích
hiểm nguy
hiện có, hiện diện, hiện đang, hiện hành, hiện nay, hiện tại, hiện thực, hiện trạng, hiện trường, hiện tượng
hiến đất, hiến tặng, hiến xác
hiền hòa
hiểu biết, hiểu rõ
hiệu chỉnh, hiệu triệu, hiệu ứng
hiếu khách
hình ảnh, hình dạng, hình hài, hình mẫu, hình thành, hình thức
hóa chất
hòa hợp, hòa nhập, hòa quyện, hòa thuận
hỏa tốc
hoạch định
hoàn chỉnh, hoàn hảo, hoàn lại, hoàn mỹ, hoàn tất, hoàn thành, hoàn toàn, hoàn trả
hoạn nạn
hoang mang
hỏi han
hộ có công
hồi âm, hồi hộp, hồi phục, hồi sinh
hội đoàn, hội sở, hội trưởng, hội tụ, hội ý
hối hả
hôm nay, hôm qua
hỗn hợp, hỗn loạn
hồn nhiên
hộp
hơi thở
hợp lệ, hợp lực, hợp lý, hợp nhất, hợp pháp hóa, hợp tác, hợp thức hóa, hợp tình
hũ
húc
hun
hùng mạnh, hùng vĩ
hút khách
huy động, huy hoàng
huyền thoại
hư, hư hại, hư hỏng
hứa hẹn
hưng thịnh
hứng thú
hưởng chế độ, hưởng lợi, hưởng thụ
hướng đạo, hướng đến, hướng đi, hướng ngoại, hướng tới, hướng về
hương sắc, hương vị
hữu hiệu, hữu hình, hữu ích, hữu tình
hy sinh
ích lợi
ít ỏi
kẻ, kẻ gian, kẻ xấu
kém cỏi
kèo
kẹo
két
kẹt
kế cận, kế nhiệm, kế tiếp, kế toán
kể từ ngày
kết cấu, kết duyên, kết dư, kết hợp, kết nối, kết thúc, kết thúc tốt đẹp
kêu gọi
kg
khả năng, khả quan
khá nhiều, khá tốt
khác biệt, khác nhau, khác thường
khách mời
khai hoang, khai mở, khai phá, khai thông, khai trương
khám phá
khán thính giả
khắc ghi, khắc khoải, khắc khổ, khắc nghiệt, khắc phục
khăn
khẳng định rằng
khăng khít
khắp nơi
khâm phục
khẩn hoang, khẩn thiết, khẩn trương
khéo léo
khép kín, khép lại
khiếm khuyết
khiêm nhường, khiêm tốn
khiêng
khiếu kiện
khó chịu, khó lường, khó nhọc, khó thở, khó tính, khó tránh
khoa trương
khoan dung
khoảng cách, khoảng thời gian
khoáng chất
khói
khổ cực
khô hạn
khốc liệt
khôn khéo
không gian, không khí, không kịp, không ngừng
khởi đầu, khởi động, khởi kiện, khởi nghĩa, khởi phát, khởi sắc, khởi sự, khởi xướng
khu biệt, khu nghỉ dưỡng, khu trung tâm
khuất phục
khúc mắc
khủng hoảng
khuôn khổ, khuôn viên
khuyến cáo, khuyến công
khuyết điểm
kích động
kịch liệt
kiểm chứng, kiểm dịch, kiểm định, kiểm kê, kiểm lâm viên, kiểm nghiệm
kiến, kiến tạo, kiến thức, kiến trúc, kiến trúc sư, kiến xuất
kiên cường, kiên định, kiên nhẫn, kiên trì
kiệt sức
kim loại
kinh điển, kinh hãi, kinh hoàng, kinh ngạc, kinh nghiệm, kinh thành
kịp lúc
km
kỹ càng, kỹ lưỡng, kỹ năng, kỹ sư, kỹ thuật số, kỹ thuật viên
kỳ công, kỳ diệu, kỳ thị, kỳ vọng
ký hiệu, ký ức
kỷ vật, kỷ yếu
là dịp, là điều kiện, là động lực, là người
lạc hậu, lạc quan
lai lịch
làm, làm chứng, làm dịu, làm đơn, làm đường, làm mới, làm sạch, làm sao, làm theo, làm tốt
lạm dụng
lan rộng, lan tỏa, lan tỏa mạnh mẽ
làn sóng
lãng mạn
lạnh lẽo
lành mạnh
lãnh sự, lãnh thổ
lao đao, lao lý, lao xao
lăn
lắng đọng, lắng nghe
lẵng hoa
lặng lẽ
lắp đặt, lắp ráp
lâm nạn, lâm nguy, lâm sàng, lâm thời, lâm trường, lâm vào
lấn át
lẩn trốn
lập công, lập nghiệp, lập trường, lập tức
lật
lâu bền, lâu dài, lâu năm
lấy lại
lề lối
lễ tân
lệ thuộc
lên men, lên tiếng
lịch lãm, lịch làm việc, lịch sự, lịch trình
liềm
liêm khiết
liên can, liên đoàn, liên hệ, liên hợp, liên lạc, liên minh, liên thông, liên tiếp, liên tục
liệt kê
liều lượng
linh hoạt, linh thiêng
lo, lo âu, lo lắng, lo ngại
lọ
loa
loại bỏ, loại cây, loại hình, loại trừ
loan báo
lõi, lõi thép
lỏng lẻo
lỗ hổng
lộ trình
lối đi, lối sống
lông
lờ mờ
lời chúc, lời hứa, lời khuyên, lời nói
lợi dụng, lợi ích, lợi thế
lớn nhất
lu
luân phiên
lún
lung linh
lúng túng
luyện, luyện tập
lựa chọn
lực lượng
lưới
lươn
lượt người
lưu động, lưu hành, lưu luyến, lưu niệm, lưu tâm, lưu thông, lưu vực, lưu ý rằng
ly
lý lịch, lý thú
má
mách bảo
mạch lạc
mải mê
màn, màn hình
mãn nguyện
mang đến, mang lại, mang theo, mang tính, mang về
mạng lưới
mạnh dạn, mạnh mẽ
manh mối
mát mẻ
máy
may mắn
mặc định
mắc kẹt, mắc phải
mắm
mắt
mặt đất, mặt hạn chế, mặt khác, mặt mạnh, mặt nước, mặt tích cực, mặt trái, mặt trăng, mặt trời, mặt yếu
mất, mất mát
mật thiết
mấu chốt
mây
mấy chục
mét
mẹt
mê say, mê tín
mềm dẻo
mến khách
mì
mic
miến
miễn cưỡng, miễn giảm
miền trung
miệng
miệt mài
minh chứng, minh họa
mỏ
mọi mặt, mọi người
mòn
móng
mong đợi, mong mỏi
mỏng manh
mô phỏng, mô tả
mộc mạc
môi giới, môi sinh
mỗi ngày, mỗi người
một cách, một ngày, một người, một số hộ, một thời gian
mỡ
mợ
mở đầu, mở màn, mở ra
mơ ước
mới mẻ
mùa đông, mùa gặt, mùa hè, mùa thu, mùa tựu trường
mục, mục đích, mục lục, mục vụ
mũi, mũi nhọn
mùng một
muỗng
mực
mức độ
mừng năm mới, mừng rỡ
mượn
mượt mà
mứt
mưu cầu, mưu lợi
nan giải
náo động, náo nhiệt
nảy sinh
nặc danh
năm cũ, năm nay, năm sinh
nắm giữ, nắm rõ, nắm vững
năng động, năng lực
nặng nề, nặng trĩu
nâng đỡ, nâng lên, nâng niu
nem
nén hương
nề nếp
nể phục
nến
nền móng, nền nếp, nền tảng
nêu ra, nêu trên
ngã đổ
ngạc nhiên
ngày càng, ngày công, ngày đêm, ngày kia, ngày mai, ngày mùa, ngày nay, ngày rằm, ngày sinh, ngày thường, ngày xưa
ngay lập tức
ngăn cản, ngăn chặn, ngăn ngừa
ngắn gọn, ngắn hạn
ngẫm nghĩ
ngân quỹ, ngân vang
ngập tràn
ngất ngây
nghẹn ngào
nghệ
nghênh đón
nghỉ, nghỉ ngơi, nghỉ phép
nghi ngờ, nghi vấn
nghĩ suy
nghĩa cử, nghĩa là, nghĩa tình, nghĩa vụ
nghiêm cấm, nghiêm chỉnh, nghiêm khắc, nghiêm túc
nghiên cứu, nghiên cứu sinh
nghiêng về
nghiệp vụ
ngoại hình, ngoại khoa, ngoại lệ, ngoại lực, ngoại thương, ngoại trừ
ngoài nước
ngoạn mục
ngoan ngoãn
ngổn ngang
ngỡ ngàng
ngợi ca
nguồn gốc, nguồn tin
nguy cơ, nguy hại, nguy nan
nguyên là, nguyên liệu, nguyên nhân, nguyên tắc, nguyên trạng, nguyên vật liệu
nguyện vọng
ngựa
ngực
ngừng lại
ngược lại
người anh, người bị thương, người chị, người con, người dùng, người em, người già, người mất tích, người phát ngôn, người ta, người thuê, người xem
ngưỡng mộ
nhà chức trách, nhà hảo tâm, nhà nông, nhà tài trợ
nha khoa
nhã nhặn
nhanh gọn, nhanh nhẹn, nhanh và bền vững
nhạy bén
nhắc nhở
nhằm đáp ứng, nhằm giúp, nhằm mục đích, nhằm phát huy, nhằm tạo, nhằm tạo điều kiện
nhậm chức
nhầm lẫn
nhận, nhận biết, nhận diện, nhận định, nhận được, nhận lãnh, nhận lời, nhận ra, nhận thấy, nhận thức, nhận xét
nhân cách, nhân gian, nhân hậu, nhân loại, nhân nghĩa, nhân phẩm, nhân rộng, nhân tố
nhấn mạnh rằng
nhẫn nại
nhất quán
nhẹ nhàng
nhi đồng, nhi khoa
nhiệt huyết, nhiệt liệt, nhiệt tình
nhiều loại, nhiều năm nay, nhiều người, nhiều tuyến đường
nhiễu loạn
nhìn chung, nhìn nhận, nhìn thấy
nhịp điệu, nhịp sống
nhỏ bé, nhỏ lẻ, nhỏ nhất
nhọc nhằn
nhóm
nhu mì
như ý
nhựa
những ngày, những người
nhược điểm
nhường nhịn
nia
nói cách khác, nói chung, nói rằng, nói riêng, nói tóm lại, nói trên
noi gương
nóng bỏng, nóng vội
nòng cốt
nỗ lực, nỗ lực hết sức
nô nức
nồi
nổi bật, nổi bật nhất, nổi lên, nổi tiếng, nổi trội
nội bộ, nội địa, nội đồng, nội khoa, nội lực, nội quy, nội tại, nội thị, nội vụ
nồng hậu, nồng nhiệt
nông lâm, nông nhàn, nông nổi, nông trường
nộp, nộp đơn
nở rộ
nới lỏng
nơi ở
nuôi, nuôi thả
nức tiếng
nước mặn, nước ngoài, nước ngọt, nước nhà
nứt
oai hùng
ô
ồ ạt
ổ voi
ôn hòa
ổn thỏa
ở gần
ơn nghĩa
ớt
phá bỏ, phá hoại, phá hủy, phá sản
phải nói
phạm pháp, phạm vi
phản biện, phản cảm, phản ứng
phán quyết
phát đạt, phát hiện, phát huy, phát lộc, phát ngôn, phát quang, phát ra, phát sinh, phát sóng, phát tài, phát tán
phẩm chất, phẩm giá
phân biệt, phân bổ, phân cấp, phân chia, phân định, phân khúc, phân loại, phân lô, phân tán, phân tích, phân vân, phân xử
phấn chấn, phấn đấu
phần lớn, phần thưởng
phẫn nộ
phi pháp, phi thường
phía bắc, phía đông, phía nam, phía sau, phía tây, phía trước
phiên dịch
phiền hà, phiền phức
phó chủ nhiệm, phó mặc
phòng, phòng ban, phòng chống, phòng làm việc, phòng thủ, phòng tuyến, phòng vệ
phong ba, phong phú, phong toả, phong tỏa
phóng đại, phóng sự
phổ biến, phổ quát
phô trương
phối cảnh
phồn vinh
phù hợp, phù hợp với, phù hợp với thực tế, phù sa
phú quý
phụ trách
phục chế, phục hưng, phục kích, phục vụ
phúc đáp
phút giây
phương án, phương châm, phương diện, phương hướng, phương pháp, phương thức, phương xa
pin
quả cảm, quả quyết, quả thật
quá khứ, quá trình
quản chế, quản giáo, quản trị
quan chức, quan điểm, quan hệ, quan ngại, quan niệm, quan sát, quan tâm, quan trọng thiết yếu
quang cảnh
quảng cáo
quạt
quay lại
quần, quần chúng, quần cư, quần đảo, quần thể
quân phục
quây quần
quen thuộc
quốc ca, quốc dân, quốc doanh, quốc kỳ, quốc tịch
quý báu, quý giá, quý vị
quy chuẩn, quy đổi, quy luật, quy tắc, quy trình, quy tụ
quyền lực, quyền sử dụng
quyến rũ
quyết đoán, quyết sách
rá
rạ
ra đời, ra đường, ra khỏi, ra lệnh, ra mắt, ra sức, ra tay
rải đá, rải nhựa, rải thảm
ràng buộc
rạng rỡ
rào cản
rắc rối
rắn
rầm rộ
rầy
rèn luyện
reo hò
rệp, rệp sáp
riêng biệt, riêng lẻ, riêng tư
rõ nét, rõ rệt
rổ
rối loạn
rộn rã
rộng đại, rộng khắp, rộng lớn, rộng mở, rộng rãi
rơi, rơi vãi
rơm
rủi ro
rung chuông, rung chuông vàng, rung chuyển
ruồi
ruột
rút, rút kinh nghiệm, rút ngắn
rựa
rực rỡ
rước, rước đèn
rươi
sả
sa sút
sạc pin
sạch bóng
sai, sai lầm, sai sót
san bằng, san sẻ
sản khoa, sản sinh
sáng giá, sáng kiến, sáng kiến kinh nghiệm, sáng lập, sáng nay, sáng ngời, sáng suốt, sáng tác, sáng tạo, sáng tỏ
sáp
sát thực
say mê
sắc bén
sẵn có, sẵn sàng
sân trường
sâu đậm, sâu hại, sâu rộng, sâu sắc, sâu xa
sẻ chia
sẽ diễn ra, sẽ hoàn thành, sẽ tiếp tục, sẽ xử lý
siêng năng
sinh động, sinh lực, sinh mạng, sinh năm, sinh ra, sinh sản, sinh sôi, sinh thời, sinh vật
so sánh, so với, so với đầu năm, so với năm ngoái, so với năm trước
soạn thảo
soi gương
song hành, song phương
sọt
sổ
số đông, số phận
sôi động, sôi nổi
sống còn, sống động
sốt sắng
sở, sở hữu, sở tại, sở thích, sở trường
sơ bộ, sơ sài, sơ sinh, sơ suất
sớm muộn, sớm nhất
sum vầy
suôn sẻ
suốt đêm
sụt, sụt giảm
suy giảm, suy ngẫm, suy nghĩ, suy tôn, suy tư, suy xét, suy yếu
sự cố, sự giúp đỡ, sự kiện, sự kiện trọng đại, sự nghiệp, sự sống, sự ủng hộ
sử dụng
sứ mệnh
sửa sang
sức bật, sức chứa, sức ép, sức lực, sức mạnh, sức người, sức sống
sừng
sửng sốt
sững sờ
sương
sứt mẻ
tạ
tác chiến, tác dụng, tác động, tác hại, tác nghiệp, tác nhân, tác phong
tách
tai, tai họa
tài ba, tài liệu, tài lộc, tài năng, tài trợ, tài xế, tài xỉu
tại buổi làm việc, tại chức, tại gia, tại hội trường, tại ngũ
tái diễn, tái hiện, tái khởi động, tái nhiệm
tạm bợ, tạm lắng, tạm thời, tạm trú tại
tàn phá
tán thành
tạo dấu ấn, tạo dựng, tạo động lực, tạo lập, tạo nên, tạo nền tảng, tạo ra, tạo tiền đề
tắc
tặng
tăng ca, tăng gia, tăng lên, tăng mạnh, tăng nhanh, tăng so với, tăng thêm, tăng tốc
tâm điểm, tâm lý, tâm nguyện, tâm sự, tâm tư, tâm tư nguyện vọng
tấm lưng, tấm thân
tầm nhìn, tầm quan trọng
tấn công
tận dụng, tận hưởng, tận mắt, tận nơi, tận tình
tập, tập kết, tập tành, tập thể, tập trung, tập tục
tất bật, tất yếu
tệ nạn
thả nổi
tha thiết
thác
thách đố, thách thức
tham khảo, tham vấn
than
thang
tháng chạp, tháng giêng, tháng này, tháng tới
thanh bình, thanh lịch, thanh lọc, thanh lý, thanh minh
thánh ca
thành công, thành công tốt đẹp, thành đạt, thành kính, thành lập, thành phần, thành quả, thành tâm, thành thạo, thành thật, thành tựu, thành viên
thảnh thơi
tháo dỡ
thao tác, thao thức, thao túng
thay đổi, thay mặt, thay phiên
thắc mắc
thăm dò, thăm quan, thăm và làm việc, thăm viếng
thắng cuộc, thắng lợi
thẳng thừng
thăng tiến, thăng trầm
thắp nến
thậm chí
thâm hụt
thầm lặng
thẩm mỹ, thẩm thấu
thần kinh, thần tốc
thân nhân
thận trọng
thấp nhất, thấp thỏm
thật thà
thất thu
thấu đáo, thấu hiểu
thâu đêm, thâu tóm
thấy rõ
thẻ, thẻ bảo hiểm
then chốt
theo anh, theo bà, theo chị, theo dõi, theo kịp, theo ông
thể chất, thể chế, thể hiện, thể lệ
thế gian, thế giới, thế hệ, thế kỷ, thế mạnh
thị dân
thí điểm
thi hài, thi thố
thìa
thích hợp, thích thú, thích ứng
thiện chí, thiện nguyện
thiên hạ, thiên hướng, thiên về, thiên vị
thiết kế, thiết lập, thiết tha, thiết yếu
thiếu, thiếu hụt, thiếu sót
thiểu số
thím
thính giả
thỉnh thoảng
thịnh vượng
thỏa đáng, thỏa mãn, thỏa thuận
thoái hóa
thoải mái
thói quen
thô sơ
thôi thúc
thông cáo, thông điệp, thông qua, thông suốt, thông tấn, thông thoáng, thông thường
thống khổ, thống trị
thợ may, thợ mộc, thợ xây
thời cơ, thời đại, thời điểm, thời gian, thời gian qua, thời gian tới, thời hạn, thời kỳ, thời sự, thời trang
thủ đoạn, thủ đô, thủ lĩnh, thủ phạm, thủ quỹ, thủ thuật
thu hẹp, thu hút, thu nhỏ
thụ hưởng
thù lao
thú vị
thuần khiết, thuần thục, thuần túy
thuận tiện
thuê
thùng
thủng
thúng
thuộc về
thủy chung
thuyên giảm
thuyết phục
thứ ba, thứ bảy, thứ hai, thứ năm, thứ nhất, thứ sáu, thứ tư, thứ tự
thử nghiệm, thử thách
thừa, thừa nhận
thực chất, thực dụng, thực đơn, thực hành, thực lực, thực sự, thực tập, thực tế, thực tế cho thấy, thực tiễn, thực trạng, thực vật
thừng
thưởng
thường dân, thường lệ, thường nhật, thường niên, thường trú tại, thường xuyên, thường xuyên liên tục
thương lượng, thương nhân, thương tâm, thương tật, thương vong, thương vụ, thương xót
thượng lưu
tỉ mỉ
tích cực, tích hợp, tích lũy, tích trữ, tích tụ
tịch thu
tiềm ẩn, tiềm năng
tiến bộ, tiến hành, tiến lên, tiến sĩ, tiến tới, tiến trình
tiền đề, tiền đồ, tiền lệ
tiện lợi
tiên lượng, tiên tiến
tiếng chuông, tiếng nói, tiếng vang
tiếp cận, tiếp giáp, tiếp quản, tiếp sức, tiếp tế, tiếp theo, tiếp tục, tiếp tục phát huy, tiếp tục quan tâm, tiếp tục theo dõi, tiếp xúc
tiết lộ, tiết mục, tiết trời
tiêu, tiêu biểu, tiêu chuẩn, tiêu diệt, tiêu điểm, tiêu độc, tiêu hao, tiêu hủy
tìm hiểu, tìm ra
tin, tin cậy, tin đồn, tin rằng, tin tức, tin tưởng
tín chỉ, tín hiệu
tính cách, tính chất, tính đến nay, tính đến ngày, tính toán
tình cờ gặp, tình huống, tình nguyện, tình nguyện viên, tình thế, tình tiết, tình trạng
tinh giảm, tinh hoa, tinh tế, tinh thông, tinh túy
to lớn
tỏa sáng
toan, toan tính
toàn cầu, toàn diện, toàn quốc, toàn vẹn
tỏi
tóm lại
tổ, tổ hợp, tổ liên gia, tổ tiên
tốc, tốc hành
tối cao, tối đa, tối nay, tối thiểu
tồi tệ
tôn chỉ, tôn kính, tôn nghiêm, tôn trọng, tôn vinh
tồn đọng, tồn tại
tổn hại, tổn thất, tổn thương
tổng chi, tổng cộng, tổng diện tích, tổng giá trị, tổng hợp, tổng quan, tổng quát, tổng số, tổng thể, tổng thống, tổng thu
tốp
tốt bụng, tốt đẹp, tốt hơn, tốt nhất
tột cùng
trả, trả giá
trách cứ, trách móc
trái, trái tim
trải dài, trải qua
trạm, trạm sạc
tràn, tràn lan, tràn ngập
tráng, tráng lệ
trang bị, trang nghiêm, trang nhã, trang sách, trang trải, trang trí
tranh ảnh, tranh cử, tranh giành, tranh luận, tranh thủ, tranh vẽ
trao, trao giải, trao quyền, trao thưởng, trao trả
trăn trở
trắng xóa
trầm lặng, trầm trọng, trầm tư
trấn an
trân trọng
trễ
trên cả nước, trên các tuyến đường, trên đà, trên đường đi, trên thực tế, trên toàn quốc, trên tổng số, trên tuyến đường
trì hoãn
trí lực, trí thức
triển vọng
triệt để, triệt phá
trình duyệt, trình độ
trọn vẹn
trong dịp này, trong đợt này, trong mùa khô, trong năm nay, trong nước, trong quá trình, trong quý, trong tháng, trong tháng qua, trong tháng tới
trong thời gian, trong thời gian qua, trong thời gian tới
trọng dụng, trọng đại, trọng trách
trôi, trôi chảy
trông, trông chờ, trông đợi
trợ giúp, trợ lực
trở lại, trở lực, trở ngại, trở thành
trù phú
trú tại
trục lợi
trung bình, trung đoàn, trung đội, trung gian, trung hạn, trung thành, trung thực
trùng hợp
truy cập, truy cứu
truyền bá, truyền cảm hứng
trực diện, trực quan, trực tiếp
trưng cầu
trước mắt, trước mặt, trước tiên
trường hợp, trường sở, trường tồn
trưởng thành
trượt
tu dưỡng
tuần này, tuần qua, tuần tới
tuân thủ
túi
tùy tiện, tùy ý
tuyên bố, tuyên thệ
tuyển chọn, tuyển tập, tuyển thủ
tuyến đường
tuyết
tuyệt đối, tuyệt vời
tư bản, tư cách, tư duy, tư nhân, tư thế, tư thục, tư vấn
từ bỏ, từ đầu năm, từ đầu năm đến nay, từ đó đến nay, từ lâu, từ ngày
tự chủ, tự động, tự giác, tự lập, tự lực, tự nguyện, tự nhiên, tự phát, tự quản, tự sát, tự tay, tự tin, tự túc, tự ý
tựa như
tức là
tưng bừng
từng bước
tươi đẹp, tươi sáng, tươi tốt
tương đối, tương đương, tương hỗ, tương lai, tương tác, tương thân, tương trợ, tương tự, tương ứng, tương xứng
tưởng thưởng, tưởng tượng
ủ
ủng hộ
uy nghi, uy tín
uyển chuyển
ứng cứu, ứng trước, ứng viên
ước đạt, ước tính, ước vọng
ưu đãi, ưu điểm, ưu thế, ưu tiên, ưu tiên hàng đầu, ưu tú, ưu việt
va
vai, vai trò
vại
vài chục
vang danh, vang dội, vang vọng
vàng óng
vào chiều, vào cuối năm, vào dịp, vào đầu năm, vào đêm, vào ngày, vào sáng, vào tháng, vào thời điểm, vào tối
vảy
váy
vắng mặt
vận dụng, vận hành, vận hội, vận may, vận mệnh
vấn đề, vấn nạn
vật kiến trúc, vật liệu, vật phẩm
vây
ve
vé
vẻ đẹp
vẹn toàn
về dự, về đích, về hưu
vệ sĩ, vệ sinh, vệ tinh
ví, ví dụ
vi chất, vi khuẩn, vi mô, vi tính
vĩ đại, vĩ mô
vị thế, vị trí
việc lớn, việc nhỏ, việc nước, việc tốt
viện, viện trợ
viễn cảnh, viễn thông
viếng thăm
vinh dự, vinh quang
vĩnh viễn
vỏ
vó
vô cùng, vô hiệu, vô hình, vô hình trung, vô tư
vội vã, vội vàng
vở
vớ
vụ, vụ việc
vu lan báo hiếu
vũ lực
vun đắp
vùng đệm, vùng lõi, vùng ven
vuốt
vừa diễn ra, vừa hoàn thành, vừa phát hiện
vững bền, vững chắc, vững mạnh, vững vàng
vươn lên, vươn xa
vượt bậc, vượt cấp, vượt lên, vượt mức, vượt qua, vượt trội
xà
xa lạ, xa xôi
xác đáng, xác định, xác lập, xác minh, xác nhận, xác suất, xác thực
xán lạn
xanh tươi, xanh và bền vững
xao xuyến
xảy ra
xâm hại, xâm lấn, xâm nhập, xâm phạm
xấp xỉ
xấu đi, xấu hổ
xây cất, xây đắp, xây lắp, xây mới
xem trọng, xem xét
xẻng
xét duyệt, xét thấy
xếp thứ
xích lại gần nhau
xiết chặt
xin lỗi
xinh xắn
xóa bỏ
xoong
xót xa
xô
xôi
xôn xao
xu, xu hướng, xu thế, xu thế tất yếu
xuất cảnh, xuất hành, xuất quỹ, xuất thân
xúc tiến
xung đột, xung kích
xuồng
xuống đường
xứng đáng, xứng tầm
xương
ý định, ý muốn, ý nghĩa, ý nghĩa trọng đại, ý thức, ý tưởng
yến
yên ả, yên ổn, yên tâm
yêu cầu các, yêu nước
yếu kém, yếu ớt, yếu thế, yếu tố
`;
