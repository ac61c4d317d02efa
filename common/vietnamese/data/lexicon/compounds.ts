// Common two- and three-syllable words of everyday and news Vietnamese,
// grouped loosely by first syllable so gaps are easy to spot.
export default `
an toàn, an ninh, an sinh, an cư, an tâm, an ủi, an nhàn, bình an, bình yên, bình thường, bình đẳng, bình chọn, bình luận, bình tĩnh, bình dân
ăn uống, ăn ở, ăn mặc, ăn năn, ăn chơi, ăn cắp, ăn trộm, ăn cơm, bữa cơm, cơm nước, nấu ăn, nấu cơm, đồ ăn, thức ăn, món ăn
bàn bạc, bàn giao, bàn ghế, bàn tay, bàn chân, bàn luận, bàn thờ, bàn học, bàn làm việc
bảo đảm, bảo vệ, bảo quản, báo chí, báo cáo, báo động, báo hiệu, thông báo, cảnh báo, dự báo, tố giác, tin báo
bắt buộc, bắt đầu, bắt giữ, bắt gặp, bắt nguồn, bắt tay, bắt kịp, nắm bắt, truy bắt
bận rộn, bận tâm, bất ngờ, bất cứ, bất kỳ, bất kể, bất chấp, bất lợi, bất thường, bất động sản, bất bình, bất cẩn, bất hợp pháp
bên cạnh, bên trong, bên ngoài, bên trên, bên dưới, hai bên, các bên, bên kia, bên này, phía trước, phía sau, phía bắc, phía nam, phía đông, phía tây
biên bản, biên chế, biên giới, biên tập, biên soạn, biện pháp, biến động, biến đổi, biến chứng, biểu hiện, biểu dương, biểu quyết, biểu tượng, biểu diễn, biểu mẫu
bình quân, bình xét, bỏ phiếu, bỏ học, bỏ trốn, bỏ qua, bỏ rơi, bỏ sót, từ bỏ, loại bỏ, xóa bỏ, hủy bỏ, bãi bỏ
bộ đội, bộ phận, bộ máy, bộ mặt, bộ trưởng, bộ ngành, toàn bộ, cán bộ, tiến bộ, đồng bộ, bước đầu, từng bước, bước vào, bước ra
bổ sung, bổ nhiệm, bổ ích, phân bổ, bồi dưỡng, bồi thường, bồi đắp, bồi hoàn
buôn bán, buôn làng, buôn lậu, buổi sáng, buổi chiều, buổi lễ, buổi họp, buổi làm việc, buổi tối
cá nhân, cá thể, cá biệt, cá tính, cá cược
cách mạng, cách ly, cách thức, cách làm, cách nhau, cách đây, cách chức, cách trở, phong cách, tư cách, nhân cách, tính cách, khoảng cách, bằng cách
cải cách, cải tạo, cải thiện, cải tiến, cải tổ, cải táng
cảm ơn, cảm động, cảm xúc, cảm nhận, cảm giác, cảm thông, cảm tình, tình cảm, cảm hứng, cảm phục, truyền cảm hứng
cán bộ, can thiệp, can ngăn, can đảm, can thiệp kịp thời, liên can
cảnh báo, cảnh giác, cảnh quan, cảnh sát, cảnh vệ, hoàn cảnh, bối cảnh, cảnh tượng, quang cảnh
cao độ, cao điểm, cao cấp, cao tuổi, cao su, cao tốc, cao trào, nâng cao, đề cao, tối cao, chiều cao, cao nguyên, cao lớn
cấp bách, cấp cứu, cấp phát, cấp phép, cấp trên, cấp dưới, cấp ủy, cung cấp, các cấp, cấp độ, nâng cấp, cấp thiết, cấp học, cấp bậc, trợ cấp
cần thiết, cần cù, cần kíp, cần mẫn, cần lao, cần bán, cần tìm, nhu cầu, yêu cầu, đòi hỏi
câu chuyện, câu hỏi, câu trả lời, câu lạc bộ, câu đối, câu cá, trả lời
cây cối, cây xanh, cây trồng, cây giống, cây số, cây cầu, cây lúa, cây ăn quả, trồng cây
chấp hành, chấp nhận, chấp thuận, tranh chấp, bất chấp, cố chấp
chất lượng, chất thải, chất độc, chất đốt, chất liệu, vật chất, tính chất, bản chất, phẩm chất, thực chất, khoáng chất, hóa chất
chậm trễ, chậm chạp, chậm tiến độ, chậm lại, chậm nhất
chỉ đạo, chỉ huy, chỉ thị, chỉ tiêu, chỉ số, chỉ định, chỉ dẫn, chỉ rõ, chỉ ra, địa chỉ, chỉ có, chỉ là, không chỉ, chỉ còn, chỉ mới, chỉ cần
chia sẻ, chia tay, chia tách, chia nhỏ, phân chia, chia buồn, chia lửa
chiến dịch, chiến lược, chiến sĩ, chiến thắng, chiến tranh, chiến đấu, chiến công, chiến trường, chiến khu, thách thức, tác chiến
chính trị, chính sách, chính quyền, chính phủ, chính thức, chính xác, chính đáng, chính yếu, chính quy, tài chính, hành chính, chủ yếu, chính là, chính mình
cho biết, cho phép, cho rằng, cho thấy, cho nên, cho vay, cho thuê, cho dù
chọn lọc, chọn lựa, lựa chọn, tuyển chọn, bình chọn, chọn giống
chống lại, chống chọi, chống đỡ, chống đối, chống thấm, phòng chống, đấu tranh chống, chống dịch, chống hạn, chống úng, chống rét
chú ý, chú trọng, chú thích, ghi chú, lưu ý
chủ động, chủ trì, chủ nhà, chủ hộ, chủ quản, chủ sở hữu, chủ đầu tư, chủ rừng, chủ xe, chủ tàu, chủ trang trại, chủ doanh nghiệp, chủ cơ sở, làm chủ, dân chủ
chúc mừng, chúc tết, chúc thọ, lời chúc, chúc phúc
chung cư, chung kết, chung sống, chung tay, chung quanh, nói chung, chung chung, chung thủy, cộng đồng chung, mục tiêu chung, của chung
chuyên môn, chuyên nghiệp, chuyên gia, chuyên đề, chuyên ngành, chuyên trách, chuyên canh, chuyên sâu, chuyên cần, chuyên biệt, chuyên viên
chuyển biến, chuyển đổi, chuyển giao, chuyển động, chuyển hướng, chuyển khoản, chuyển nhượng, chuyển tiếp, chuyển công tác, vận chuyển, di chuyển, luân chuyển, chuyển đến, chuyển đi
chương trình, chương trình hành động, chương trình mục tiêu quốc gia, huân chương, huy chương, kỷ niệm chương, văn chương, chương mục
chứng minh, chứng nhận, chứng chỉ, chứng cứ, chứng kiến, chứng khoán, chứng từ, bằng chứng, triệu chứng, biến chứng, nhân chứng
chức năng, chức vụ, chức danh, chức trách, chức sắc, tổ chức, viên chức, công chức, chức vị, nhậm chức, từ chức, cách chức, cương vị
có mặt, có hạn, có lợi, có ích, có hại, có tội, có lỗi, có công, có tiếng, có uy tín, có điều kiện, có nguy cơ, có thẩm quyền
con đường, con số, con người, con cháu, con em, con trai, con gái, con giống, con vật, con tàu, con thuyền, con sông, con suối
công an, công bằng, công bố, công cộng, công dân, công đoàn, công khai, công lập, công nghệ, công nghiệp, công nhân, công nhận, công nợ, công sở, công tác, công trình, công ty, công việc, công chúng, công lao, công sức, công ích, công điện, thành công, tấn công, phân công, thi công, gia công
cộng đồng, cộng sự, cộng tác, cộng tác viên, cộng hòa, tổng cộng, cộng thêm, cộng sản
cơ bản, cơ cấu, cơ chế, cơ hội, cơ quan, cơ sở, cơ giới, cơ khí, cơ thể, cơ động, thời cơ, nguy cơ, động cơ, tín dụng cơ sở
củng cố, cung cấp, cung ứng, cung cầu, cung cấp thông tin, cung đường
cụ thể, cụ ông, cụ bà, các cụ, dụng cụ, công cụ, cụ hồ
cuộc sống, cuộc họp, cuộc thi, cuộc vận động, cuộc chiến, cuộc đời, cuộc gọi, cuộc gặp, cuộc khảo sát, cuộc điều tra
cứu hộ, cứu nạn, cứu trợ, cứu giúp, cứu sống, cứu chữa, cứu thương, nghiên cứu, cấp cứu, giải cứu, tra cứu, tìm kiếm cứu nạn
danh sách, danh hiệu, danh dự, danh tiếng, danh mục, danh nghĩa, danh lam, danh nhân, danh thiếp, chức danh, định danh, giả danh, nặc danh, điểm danh, danh tính, danh sách đen
dành cho, dành dụm, dành riêng, dành thời gian, giành giải, giành được, giành lấy, tranh giành
dân cư, dân chủ, dân gian, dân số, dân sự, dân tộc, dân quân, dân vận, dân sinh, dân trí, dân nguyện, người dân, nhân dân, công dân, cư dân, thị dân, ngư dân, nông dân, dân làng
dẫn đầu, dẫn chứng, dẫn đến, dẫn dắt, dẫn nước, hướng dẫn, chỉ dẫn, thu hút, hấp dẫn
dịch vụ, dịch bệnh, dịch tễ, dịch chuyển, dịch thuật, phiên dịch, chiến dịch, giao dịch, biên dịch
diễn biến, diễn đàn, diễn ra, diễn tập, diễn viên, diễn giả, biểu diễn, trình diễn, đại diện
diện tích, diện mạo, đại diện, toàn diện, phương diện, đối diện, trực diện, diện rộng
dự án, dự báo, dự kiến, dự thảo, dự thi, dự toán, dự trữ, dự phòng, dự họp, dự giờ, tham dự, dự định, dự đoán, dự bị
dùng để, sử dụng, tiêu dùng, người dùng, đồ dùng, vật dụng, dụng cụ, ứng dụng, áp dụng, tận dụng, tuyển dụng, tín dụng
dừng lại, dừng xe, tạm dừng, ngừng lại, tạm ngừng, dừng hoạt động
đa dạng, đa số, đa phần, đa năng, đa khoa, đa mục tiêu, đa ngành, tối đa
đại biểu, đại diện, đại hội, đại học, đại đoàn kết, đại lý, đại sứ, đại trà, đại tá, đại úy, hiện đại, vĩ đại, rộng đại, phóng đại
đàn ông, đàn bà, đàn áp, đàn gia súc, đàn trâu, đàn bò, đàn lợn, đàn gà, tổng đàn, đàn hát, diễn đàn
đánh giá, đánh bắt, đánh bạc, đánh dấu, đánh thuế, đánh nhau, đánh đập, đánh số, đánh máy, đánh bại, đánh thức, đánh giá cao
đào tạo, đào tạo nghề, đào tạo lại, đào tạo nguồn nhân lực, đào đắp, đào bới, đào hố, đào kênh, cây đào, hoa đào
đạo đức, đạo luật, đạo lý, đạo diễn, lãnh đạo, chỉ đạo, chủ đạo, hướng đạo, đạo phật, tôn giáo, đạo hiếu
đặc biệt, đặc điểm, đặc thù, đặc sản, đặc sắc, đặc trưng, đặc xá, đặc quyền, đặc công, đặc khu
đăng ký, đăng tải, đăng cai, đăng kiểm, đăng bài, đăng tin
đầu tư, đầu tiên, đầu năm, đầu mối, đầu ra, đầu vào, đầu tháng, đầu tuần, đầu nguồn, đầu óc, đi đầu, dẫn đầu, hàng đầu, ban đầu, mở đầu, bắt đầu, đứng đầu, đầu người
đấu tranh, đấu giá, đấu thầu, đấu nối, thi đấu, phấn đấu, chiến đấu, trận đấu, giải đấu
đề án, đề cương, đề nghị, đề ra, đề xuất, đề cập, đề cử, đề tài, đề thi, chủ đề, vấn đề, đề phòng, tiền đề
để lại, để dành, để ý, để tâm, để xảy ra
điều chỉnh, điều động, điều hành, điều khiển, điều kiện, điều lệ, điều phối, điều tra, điều trị, điều tiết, điều hòa, điều dưỡng, điều khoản, điều luật, một điều
điểm danh, điểm số, điểm thi, điểm chuẩn, điểm nóng, điểm đen, điểm sáng, điểm nhấn, điểm mạnh, điểm yếu, địa điểm, trọng điểm, thời điểm, quan điểm, đặc điểm, điểm trường, thí điểm, điểm du lịch
điện thoại, điện lực, điện năng, điện tử, điện mặt trời, điện gió, điện lưới, điện sinh hoạt, cúp điện, mất điện, thủy điện
định hướng, định kỳ, định mức, định danh, định cư, định giá, định nghĩa, quyết định, quy định, ổn định, xác định, khẳng định, nhận định, dự định, nghị định, thẩm định, giám định, giả định, cố định
đóng góp, đóng cửa, đóng quân, đóng vai trò, đóng thuế, đóng tàu, đóng gói, đóng dấu
đô thị, đô thị hóa, đô la, thủ đô, đô vật
đối với, đối tượng, đối tác, đối thoại, đối ngoại, đối chiếu, đối phó, đối xử, đối diện, đối lập, đối thủ, tuyệt đối, tương đối, phản đối, cân đối
đồng bào, đồng bằng, đồng bộ, đồng chí, đồng đội, đồng hồ, đồng hành, đồng lòng, đồng nghiệp, đồng thời, đồng tình, đồng ý, đồng loạt, đồng ruộng, đồng tiền, đồng phục, đồng thuận, đồng đều, đồng khởi, hội đồng, cộng đồng, hợp đồng, triệu đồng, tỷ đồng, cánh đồng, ngoài đồng
động lực, động viên, động vật, động đất, động thái, động tác, hoạt động, lao động, vận động, chủ động, tác động, biến động, sinh động, cơ động, khởi động, tự động, bạo động, náo động, kích động
đơn vị, đơn giản, đơn thư, đơn vị hành chính, đơn giá, đơn đặt hàng, đơn hàng, đơn độc, đơn sơ, đơn thuần, cô đơn, hóa đơn, làm đơn, gửi đơn, nộp đơn
đúng đắn, đúng hạn, đúng giờ, đúng quy định, đúng luật, chính xác, đúng mức, đúng người, đúng lúc, đúng là
được biết, được giao, được công nhận, được xem, được coi, được phép, được mùa, được hưởng, được nhận, được tặng, được trao, được đánh giá, được cấp, được hỗ trợ, được đầu tư
gần gũi, gần đây, gần như, gần nhất, gần hết, ở gần, lại gần, xích lại gần nhau
gặp gỡ, gặp mặt, gặp nạn, gặp khó, gặp phải, gặp sự cố, cuộc gặp, tình cờ gặp
gia đình, gia tăng, gia hạn, gia nhập, gia súc, gia cầm, gia công, gia cố, gia truyền, gia sản, gia trưởng, quốc gia, tham gia, chuyên gia, nhà nông, gia vị, gia tài
giá cả, giá trị, giá thành, giá bán, giá mua, giá thuê, giá đất, giá điện, tỷ giá, đơn giá, đánh giá, định giá, trị giá, giá lúa, giá cà phê, giá heo, giá rét
giải đáp, giải pháp, giải quyết, giải thích, giải thưởng, giải trí, giải phóng, giải ngân, giải thể, giải cứu, giải tỏa, giải nhiệt, giải vây, hòa giải, tháo gỡ, giải bóng đá
giám đốc, giám sát, giám định, giám thị, giám khảo, thanh tra, giám hộ
giảm nghèo, giảm giá, giảm thiểu, giảm thuế, giảm dần, giảm mạnh, giảm sút, suy giảm, cắt giảm, tinh giảm, thuyên giảm, giảm nhẹ, giảm tải
gian lận, gian nan, gian khổ, gian hàng, không gian, thời gian, trung gian, nhân gian, dân gian, thế gian
giao lưu, giao thông, giao tiếp, giao dịch, giao nhiệm vụ, giao quân, giao ban, giao đất, giao hàng, giao kết, giao thừa, bàn giao, ngoại giao, chuyển giao, giao khoán, giao cho
giáo dục, giáo viên, giáo sư, giáo trình, giáo án, giáo khoa, giáo xứ, giáo hội, giáo dân, tôn giáo, nhà giáo, thầy giáo, cô giáo, tuyên giáo, công giáo, phật giáo, giáo dưỡng
giữ gìn, giữ vững, giữ lại, giữ chân, giữ chức, giữ vai trò, giữ nguyên, giữ trật tự, lưu giữ, bắt giữ, tạm giữ, canh giữ
giúp đỡ, giúp việc, trợ giúp, hỗ trợ, giúp sức, giúp dân, giúp nhau
gương mẫu, tấm gương, noi gương, nêu gương, gương sáng, gương điển hình, soi gương
hạ tầng, hạ giá, hạ thấp, hạ cánh, hạ thủy, hạ sĩ, thiên hạ, hạ lưu, hạ nhiệt
hàng hóa, hàng ngày, hàng năm, hàng tháng, hàng tuần, hàng đầu, hàng loạt, hàng rào, hàng xóm, hàng không, hàng ngũ, hàng trăm, hàng nghìn, hàng triệu, hàng chục, ngân hàng, khách hàng, cửa hàng, mặt hàng, nhà hàng
hành chính, hành động, hành vi, hành lang, hành khách, hành trình, hành lý, thực hành, điều hành, ban hành, phát hành, vận hành, thi hành, tiến hành, hành nghề, diễu hành, song hành
hạnh phúc, hạnh kiểm, đức hạnh, hạnh phúc gia đình
hệ thống, hệ lụy, hệ quả, quan hệ, liên hệ, thế hệ, hệ sinh thái, hệ số
hiện nay, hiện tại, hiện đại, hiện trường, hiện vật, hiện hành, hiện diện, thực hiện, thể hiện, xuất hiện, phát hiện, hiện trạng
hiệu quả, hiệu lực, hiệu trưởng, hiệu suất, hiệu ứng, thương hiệu, tín hiệu, biểu hiện, ký hiệu, dấu hiệu, khẩu hiệu, hiệu chỉnh
hình ảnh, hình thức, hình thành, hình sự, hình phạt, hình mẫu, hình dạng, loại hình, mô hình, tình hình, địa hình, điển hình, vô hình, hữu hình, truyền hình, màn hình, định hình
hỗ trợ, hỗ trợ vốn, hỗ trợ kỹ thuật, tương hỗ
học bổng, học hỏi, học nghề, học phí, học sinh, học tập, học viên, học viện, học kỳ, học vấn, học lực, học thuật, học trò, học hành, khoa học, đại học, tiểu học, trung học, năm học, tự học, hóa học, văn học, y học, tin học, môn học, lớp học
hội nghị, hội thảo, hội viên, hội đồng, hội nhập, hội thi, hội diễn, hội chợ, hội họp, hội trường, hội ý, cơ hội, xã hội, quốc hội, đại hội, lễ hội, hiệp hội, hội nông dân, hội phụ nữ, hội cựu chiến binh
hợp tác, hợp đồng, hợp lý, hợp pháp, hợp nhất, hợp lệ, hợp tình, phù hợp, kết hợp, phối hợp, tổng hợp, trường hợp, liên hợp, tích hợp, hỗn hợp, thích hợp, hòa hợp, hợp tác xã
hướng dẫn, hướng đến, hướng tới, hướng về, hướng nghiệp, hướng đi, phương hướng, định hướng, xu hướng, chiều hướng, chuyển hướng
hưởng ứng, hưởng lợi, hưởng thụ, thụ hưởng, ảnh hưởng, được hưởng, hưởng chế độ, hưởng lương
kế hoạch, kế toán, kế thừa, kế tiếp, kế cận, thiết kế, thống kê, liệt kê, kê khai
kết quả, kết thúc, kết luận, kết nối, kết nạp, kết hợp, kết hôn, kết cấu, kết dư, đoàn kết, cam kết, liên kết, tổng kết, sơ kết, ký kết, gắn kết, chung kết, bán kết, tứ kết
khai mạc, khai giảng, khai thác, khai trương, khai báo, khai sinh, khai tử, khai hoang, khai trừ, khai phá, công khai, triển khai, kê khai, khai thông
khám bệnh, khám chữa, khám phá, khám xét, khám nghiệm, khám tuyển, khám sức khỏe, thăm khám
khan hiếm, khẩn cấp, khẩn trương, khẩn thiết, khẩu hiệu, khẩu trang, nhân khẩu, xuất khẩu, nhập khẩu, cửa khẩu, hộ khẩu
khen thưởng, khen ngợi, biểu dương, khen tặng, giấy khen, bằng khen
khó khăn, khó nhọc, khó lường, khó tránh, khó tính, khó chịu, khó thở
khoa học, khoa học kỹ thuật, khoa học công nghệ, khoa học xã hội, chuyên khoa, đa khoa, nha khoa, sản khoa, nhi khoa, ngoại khoa, nội khoa, giáo khoa, thủ khoa
khởi công, khởi sắc, khởi nghiệp, khởi tố, khởi động, khởi đầu, khởi hành, khởi xướng, khởi phát
khu vực, khu dân cư, khu công nghiệp, khu đô thị, khu phố, khu di tích, khu du lịch, khu tái định cư, khu vui chơi, khu nghỉ dưỡng, khu rừng, khu đất
khuyến khích, khuyến cáo, khuyến mãi, khuyến mại, khuyến nông, khuyến học, khuyến công, khuyến ngư
kiểm tra, kiểm soát, kiểm điểm, kiểm định, kiểm toán, kiểm kê, kiểm lâm, kiểm dịch, kiểm chứng, kiểm nghiệm, kiểm phiếu, kiểm sát
kinh doanh, kinh tế, kinh nghiệm, kinh phí, kinh điển, kinh hoàng, kinh ngạc, thần kinh, kinh thành
kịp thời, kịp lúc, không kịp, theo kịp, đuổi kịp
kỷ luật, kỷ niệm, kỷ cương, kỷ lục, kỷ yếu, thế kỷ, kỷ vật
kỹ năng, kỹ thuật, kỹ sư, kỹ lưỡng, kỹ càng, kỹ thuật viên, công nghệ kỹ thuật
làm việc, làm ăn, làm chủ, làm giàu, làm mới, làm rõ, làm theo, làm đường, làm nhà, làm nghề, làm lễ, làm thủ tục, làm tốt, làm sạch, việc làm
lãnh đạo, lãnh thổ, lãnh sự, lãnh trách nhiệm, thủ lĩnh
lao động, lao động nông thôn, lao động phổ thông, lao động trẻ, lao lý, bệnh lao
lâm nghiệp, lâm sản, lâm trường, lâm sàng, kiểm lâm, lâm thời, lâm nguy, lâm vào
lập trường, lập kế hoạch, lập biên bản, lập hồ sơ, lập công, lập dự án, lập nghiệp, thành lập, thiết lập, xác lập, độc lập, cô lập, tự lập, công lập, dân lập, tư thục
lễ hội, lễ kỷ niệm, lễ khai giảng, lễ ra quân, lễ tang, lễ cưới, lễ phép, lễ nghi, lễ tân, lễ vật, lễ cúng, nghi lễ, ngày lễ, dịp lễ, kỳ nghỉ lễ, tết lễ
liên quan, liên kết, liên lạc, liên minh, liên tục, liên ngành, liên thông, liên doanh, liên hệ, liên hiệp, liên đoàn, liên xã, liên thôn, liên huyện, liên tỉnh, liên hoan, liên tiếp
lịch sử, lịch trình, lịch sự, lịch làm việc, lịch thi, lịch tiếp công dân, lịch thời vụ, du lịch, âm lịch, dương lịch, lý lịch
loại hình, loại bỏ, loại trừ, chủng loại, phân loại, các loại, nhiều loại, xếp loại, kim loại, loại cây, loại hình du lịch
lợi ích, lợi nhuận, lợi thế, lợi dụng, quyền lợi, thuận lợi, phúc lợi, có lợi, bất lợi, thủy lợi
lực lượng, năng lực, nguồn lực, nỗ lực, áp lực, động lực, quyền lực, thực lực, sức lực, hiệu lực, bạo lực, vũ lực, trí lực, lực lượng vũ trang
lưu ý, lưu trữ, lưu hành, lưu thông, lưu trú, lưu niệm, lưu vực, lưu giữ, lưu động, giao lưu, hạ lưu, thượng lưu
lương thực, lương tâm, lương y, lương hưu, tiền lương, mức lương, bảng lương, lương thiện
mang lại, mang tính, mang theo, mang đến, mang về, mang thai
mạnh mẽ, mạnh dạn, mạnh khỏe, sức mạnh, thế mạnh, đẩy mạnh, tăng mạnh, giảm mạnh, nhấn mạnh, vững mạnh, hùng mạnh
mặt bằng, mặt trận, mặt hàng, mặt đường, mặt nước, mặt trời, có mặt, vắng mặt, gặp mặt, bề mặt, mặt tích cực, mặt hạn chế, trước mặt, thay mặt, đối mặt
mô hình, mô tả, mô phỏng, quy mô
môi trường, môi sinh
mục tiêu, mục đích, mục lục, chuyên mục, danh mục, hạng mục, tiết mục, mục vụ
nạn nhân, tai nạn, hoạn nạn, nạn đói, nạn phá rừng, tệ nạn, cứu nạn, thoát nạn, lâm nạn
năng lực, năng suất, năng lượng, năng động, năng khiếu, khả năng, chức năng, kỹ năng, tài năng, tiềm năng, đa năng
nâng cao, nâng cấp, nâng đỡ, nâng lương, nâng ngạch, nâng chuẩn
nghề nghiệp, nghề cá, nghề rừng, nghề thủ công, nghề dệt, nghề mộc, ngành nghề, làng nghề, học nghề, dạy nghề, hành nghề, tay nghề, nghề nông
nghĩa vụ, nghĩa trang, nghĩa tình, nghĩa là, ý nghĩa, định nghĩa, chủ nghĩa, đền ơn đáp nghĩa, tình nghĩa, khởi nghĩa, nhân nghĩa
nghiêm túc, nghiêm khắc, nghiêm trọng, nghiêm cấm, nghiêm minh, nghiêm chỉnh, trang nghiêm
nghiên cứu, nghiên cứu khoa học, nghiên cứu sinh
ngân hàng, ngân sách, ngân quỹ, giải ngân, kho bạc
ngành nghề, ngành hàng, ngành y tế, ngành giáo dục, ngành chức năng, ban ngành, liên ngành, chuyên ngành, các ngành
nguy cơ, nguy hiểm, nguy hại, nguy kịch, nguy nan, an nguy
nguyên nhân, nguyên liệu, nguyên tắc, nguyên vật liệu, nguyên trạng, nguyên đơn, tài nguyên, nguyện vọng, tự nguyện, tình nguyện, nguyên là, nguyên chủ tịch, nguyên bí thư, cao nguyên
nguồn gốc, nguồn vốn, nguồn lực, nguồn nước, nguồn thu, nguồn cung, nguồn tin, nguồn nhân lực, nguồn điện, đầu nguồn
nhân dân, nhân viên, nhân lực, nhân sự, nhân đạo, nhân ái, nhân văn, nhân khẩu, nhân rộng, nhân giống, nhân dịp, nhân chứng, nhân loại, nhân tố, nhân vật, cá nhân, công nhân, bệnh nhân, nạn nhân, thân nhân, doanh nhân, nhân tài
nhận thức, nhận xét, nhận định, nhận được, nhận lời, nhận diện, nhận lãnh, nhận quà, tiếp nhận, công nhận, xác nhận, ghi nhận, thừa nhận, chấp nhận, nhận thấy
nhiệm vụ, nhiệm kỳ, trách nhiệm, bổ nhiệm, miễn nhiệm, kiêm nhiệm, đảm nhiệm, chủ nhiệm, tín nhiệm, bãi nhiệm, tái nhiệm, nhậm chức
nhu cầu, nhu yếu phẩm, mềm dẻo
nông dân, nông nghiệp, nông thôn, nông sản, nông hộ, nông lâm, nông trường, nông cụ, nông nhàn, nghề nông, nhà nông
nổi bật, nổi tiếng, nổi lên, nổi trội, nổi bật nhất, bão nổi
nội dung, nội bộ, nội vụ, nội địa, nội thành, nội thị, nội trú, nội quy, nội tại, nội khoa, nội đồng, nội bộ đảng
nước ngoài, nước sạch, nước mắt, nước mặn, nước ngọt, nước ngầm, nước thải, đất nước, nhà nước, trong nước, cả nước, nguồn nước, tưới nước, cấp nước, thoát nước, nước nhà
ổn định, bất ổn, ổn thỏa
phát triển, phát huy, phát hiện, phát động, phát biểu, phát hành, phát sinh, phát thanh, phát tán, phát lộc, phát đạt, phát tài, phát quang, xuất phát, bùng phát, bộc phát, khởi phát, phát ra
phân công, phân cấp, phân loại, phân tích, phân bổ, phân phối, phân biệt, phân bón, phân lô, phân khúc, phân hiệu, phân luồng, phân quyền, phân định, phân xử
phòng chống, phòng ngừa, phòng tránh, phòng bệnh, phòng dịch, phòng cháy, phòng khám, phòng học, phòng họp, phòng làm việc, phòng ban, phòng thủ, quốc phòng, dự phòng, văn phòng, đề phòng, biên phòng, phòng tuyến
phong trào, phong tục, phong cách, phong phú, phong cảnh, phong tặng, phong toả, tiên phong, xung phong
phổ biến, phổ cập, phổ thông, phổ quát
phục vụ, phục hồi, phục dựng, phục chế, khắc phục, khôi phục, thuyết phục, trang phục, đồng phục, quân phục
phương án, phương châm, phương pháp, phương thức, phương tiện, phương hướng, địa phương, đơn phương, đa phương, song phương
quản lý, quản trị, quản chế, quản giáo, bảo quản, chủ quản, tự quản, quản lý nhà nước
quan tâm, quan trọng, quan hệ, quan điểm, quan sát, quan niệm, quan chức, cơ quan, chủ quan, khách quan, tham quan, liên quan, cảnh quan, lạc quan, bi quan, quan họ
quần chúng, quần áo, quần thể, quần đảo, quần cư
quốc gia, quốc tế, quốc phòng, quốc hội, quốc lộ, quốc kỳ, quốc ca, quốc khánh, quốc tịch, tổ quốc, toàn quốc, quốc doanh, quốc dân, quốc lộ
quy định, quy hoạch, quy mô, quy trình, quy chế, quy tắc, quy chuẩn, quy luật, quy ước, quy đổi, quy tụ
quyết định, quyết tâm, quyết liệt, quyết toán, quyết sách, giải quyết, nghị quyết, biểu quyết, phán quyết, kiên quyết, quả quyết
quyền lợi, quyền hạn, quyền lực, quyền sử dụng, quyền con người, chủ quyền, thẩm quyền, chính quyền, ủy quyền, bản quyền, đặc quyền, nhân quyền, quyền chủ tịch
rà soát, rõ ràng, làm rõ, nói rõ, nêu rõ, chỉ rõ, hiểu rõ, biết rõ, rõ rệt, rõ nét
rộng rãi, rộng lớn, rộng khắp, mở rộng, sâu rộng, nhân rộng, diện rộng, chiều rộng, bề rộng
sản xuất, sản phẩm, sản lượng, sản phụ, sản khoa, tài sản, di sản, khoáng sản, thủy sản, hải sản, nông sản, lâm sản, đặc sản, bất động sản, sinh sản, phá sản, gia sản, cộng sản
sáng kiến, sáng tạo, sáng lập, sáng tác, sáng suốt, sáng sớm, sáng nay, buổi sáng, chiếu sáng, ánh sáng, điểm sáng, tươi sáng
sâu sắc, sâu rộng, sâu bệnh, sâu hại, chiều sâu, chuyên sâu, vùng sâu, sâu xa
sẵn sàng, sẵn có
sinh hoạt, sinh sống, sinh viên, sinh kế, sinh thái, sinh sản, sinh nhật, sinh động, sinh mạng, sinh lực, học sinh, vệ sinh, phát sinh, hy sinh, thí sinh, sơ sinh, bẩm sinh, dân sinh, an sinh
số lượng, số liệu, số hóa, số phận, số điện thoại, đa số, thiểu số, dân số, con số, tổng số, chỉ số, hệ số, kỹ thuật số, chuyển đổi số
sở hữu, sở thích, sở trường, cơ sở, trụ sở, sở ngành, sở tại
sức khỏe, sức mạnh, sức lao động, sức sống, sức ép, sức chứa, sức mua, sức cạnh tranh, hết sức, ra sức, nỗ lực hết sức, sức người
sự kiện, sự nghiệp, sự việc, sự cố, sự thật, sự sống, sự tham gia, sự quan tâm, sự ủng hộ, sự đồng thuận, sự phát triển, sự hài lòng, sự giúp đỡ, quân sự, dân sự, hình sự, thời sự, nhân sự, sự hỗ trợ, sự phối hợp, sự kiện văn hóa
tác động, tác giả, tác phẩm, tác phong, tác hại, tác dụng, công tác, hợp tác, thao tác, tác nghiệp
tài chính, tài sản, tài nguyên, tài liệu, tài khoản, tài năng, tài trợ, tài xế, tài xỉu, nhân tài, đề tài, trọng tài, tài lộc
tại chỗ, tại gia, tại ngũ, tại chức, hiện tại, tồn tại, nội tại
tăng cường, tăng trưởng, tăng thêm, tăng giá, tăng lương, tăng ca, tăng mạnh, tăng nhanh, gia tăng, tăng tốc, tăng gia
tạo điều kiện, tạo việc làm, tạo ra, tạo nên, tạo lập, tạo dựng, sáng tạo, đào tạo, cải tạo, chế tạo, kiến tạo, tạo động lực, tạo thuận lợi
tập huấn, tập trung, tập thể, tập quán, tập luyện, tập đoàn, tập tục, học tập, luyện tập, thực tập, biên tập, tuyển tập, diễn tập
thay đổi, thay thế, thay mặt, thay vì, thay phiên
thành công, thành lập, thành phố, thành phần, thành tích, thành viên, thành quả, thành tựu, thành thạo, thành thật, thành ủy, hình thành, hoàn thành, trở thành, tán thành
thăm hỏi, thăm khám, thăm quan, thăm viếng, thăm dò, viếng thăm, đến thăm, thăm và làm việc
thắng lợi, chiến thắng, thắng cảnh, giành thắng lợi, thắng cuộc
thẩm định, thẩm quyền, thẩm tra, thẩm phán, thẩm mỹ, thẩm thấu
thiếu nhi, thiếu niên, thiếu sót, thiếu thốn, thiếu hụt, thiếu nước, thiếu vốn, thiếu đói, thiếu giáo viên, thiếu tá, thiếu úy, thiếu tướng, thiểu số, tối thiểu, giảm thiểu
thiên tai, thiên nhiên, thiên nhiên, thiên vị, thiên hướng
thiết bị, thiết kế, thiết lập, thiết thực, thiết yếu, cần thiết, cấp thiết, tha thiết, mật thiết, thân thiết
thông báo, thông tin, thông qua, thông tư, thông thường, thông minh, thông suốt, thông thoáng, thông điệp, thông cáo, giao thông, truyền thông, phổ thông, lưu thông, thông tấn
thống nhất, thống kê, truyền thống, hệ thống, tổng thống, chính thống
thời gian, thời điểm, thời hạn, thời kỳ, thời tiết, thời vụ, thời sự, thời cơ, thời đại, thời trang, kịp thời, đồng thời, tạm thời, lâm thời
thu hoạch, thu hút, thu nhập, thu hồi, thu gom, thu thập, thu phí, thu ngân sách, thu chi, thu mua, thu nhận, mùa thu, tiếp thu, doanh thu, thất thu, tịch thu
thủ tục, thủ tướng, thủ đô, thủ công, thủ khoa, thủ đoạn, thủ quỹ, thủ môn, thủ trưởng, tuân thủ, cầu thủ, đối thủ, phòng thủ, thủ phạm
thực hiện, thực tế, thực tiễn, thực phẩm, thực chất, thực hành, thực sự, thực thi, thực trạng, thực tập, thực lực, hiện thực, trung thực, chân thực, xác thực, chứng thực, lương thực
thường xuyên, thường trực, thường vụ, thường niên, thường lệ, thường dân, bình thường, thông thường, bồi thường, khen thưởng, bất thường, phi thường
thương mại, thương hiệu, thương binh, thương vong, thương lượng, thương xót, thương tích, thương tật, bị thương, tổn thương, yêu thương, tình thương, thương lái, thương nhân, tiểu thương, ngoại thương, thương vụ
tích cực, tích lũy, tích hợp, tích tụ, diện tích, thành tích, phân tích, tích trữ
tiến độ, tiến hành, tiến bộ, tiến trình, tiến sĩ, tiến tới, tiên tiến, thăng tiến, xúc tiến, cải tiến, cấp tiến
tiếp tục, tiếp nhận, tiếp cận, tiếp xúc, tiếp đón, tiếp thu, tiếp công dân, tiếp dân, tiếp sức, tiếp tế, tiếp giáp, tiếp theo, trực tiếp, gián tiếp, kế tiếp, liên tiếp
tiết kiệm, tiết lộ, tiết mục, tiết học, tiết trời, chi tiết, thời tiết, điều tiết, mạch lạc
tiêu chí, tiêu chuẩn, tiêu dùng, tiêu thụ, tiêu biểu, tiêu cực, tiêu diệt, tiêu hủy, tiêu điểm, chỉ tiêu, mục tiêu, chi tiêu, hồ tiêu, tiêu độc
vi tính, máy vi tính, cắt lớp vi tính, tin tưởng, tin cậy, tin tức, tin học, tin nhắn, tin đồn, tin giả, thông tin, tự tin, niềm tin, uy tín, tín nhiệm, tín dụng, tín ngưỡng, tín hiệu, tín chỉ
tình hình, tình trạng, tình cảm, tình nguyện, tình huống, tình thương, tình nghĩa, tình yêu, tình bạn, tình đoàn kết, nhiệt tình, tận tình, thân tình, hữu tình, tình tiết
tỉnh ủy, tỉnh lộ, tỉnh đoàn, tỉnh bạn, tỉnh ngoài, tỉnh táo, tỉnh thành, liên tỉnh, toàn tỉnh, ngoại tỉnh
tổ chức, tổ quốc, tổ hợp, tổ tiên, tổ dân phố, tổ trưởng, tổ công tác, tổ hòa giải, tổ tự quản, tổ bầu cử, tổ liên gia, giỗ tổ
tổng kết, tổng hợp, tổng số, tổng cộng, tổng thể, tổng quát, tổng quan, tổng giám đốc, tổng công ty, tổng cục, tổng vệ sinh, tổng đài, tổng thu, tổng chi, tổng mức đầu tư, tổng điều tra, tổng bí thư
tôn giáo, tôn trọng, tôn vinh, tôn tạo, tôn chỉ, tôn kính, tôn nghiêm
trách nhiệm, trách nhiệm giải trình, chức trách, khiển trách, phụ trách, trách móc
trang bị, trang phục, trang trại, trang trí, trang trọng, trang nghiêm, trang thiết bị, trang web, trang sách, trang thông tin, trang trải, khang trang, chỉnh trang
tranh chấp, tranh luận, tranh thủ, tranh giành, tranh tài, tranh cử, cạnh tranh, đấu tranh, chiến tranh, bức tranh, tranh ảnh, tranh vẽ
trao đổi, trao tặng, trao quà, trao giải, trao thưởng, trao trả, trao quyền, trao học bổng, chuyển giao
trật tự, trật tự xã hội, trật tự đô thị
triển khai, triển vọng, triển lãm, phát triển
trình độ, trình bày, trình diễn, trình duyệt, tờ trình, đệ trình, chương trình, công trình, quá trình, tiến trình, quy trình, lộ trình, hành trình, giáo trình
trọng tâm, trọng điểm, trọng tài, trọng lượng, trọng trách, trọng dụng, quan trọng, tôn trọng, chú trọng, coi trọng, trân trọng, nghiêm trọng, trầm trọng, thận trọng, tải trọng, trọng thể
trung tâm, trung ương, trung học, trung bình, trung thực, trung thành, trung gian, trung đoàn, trung đội, trung tá, trung úy, trung thu, trung hạn, tập trung, miền trung
trước hết, trước mắt, trước đây, trước khi, trước tiên, trước tình hình, phía trước, năm trước, tháng trước, hôm trước, từ trước
trường hợp, trường học, trường lớp, trường sở, trường đại học, thị trường, môi trường, chiến trường, hiện trường, lập trường, nhà trường, quảng trường, công trường, nông trường, lâm trường, trường tồn
tự chủ, tự do, tự giác, tự hào, tự nhiên, tự nguyện, tự quản, tự túc, tự vệ, tự học, tự tin, tự lực, tự động, tự phát, tự ý, tự sát, tương tự, trật tự, thứ tự
tuyên truyền, tuyên bố, tuyên dương, tuyên án, tuyên thệ, tuyên giáo
tuyển dụng, tuyển sinh, tuyển chọn, tuyển quân, tuyển thủ, đội tuyển, xét tuyển, thi tuyển, trúng tuyển
tư pháp, tư vấn, tư liệu, tư duy, tư tưởng, tư nhân, tư thục, tư cách, tư thế, đầu tư, riêng tư, tư bản
tương lai, tương đối, tương ứng, tương tự, tương đương, tương trợ, tương thân, tương tác, tương xứng, tương hỗ
ứng dụng, ứng phó, ứng cử, ứng viên, ứng xử, ứng trước, ứng cứu, đáp ứng, cung ứng, hưởng ứng, thích ứng, phản ứng, tương ứng
ưu tiên, ưu đãi, ưu điểm, ưu thế, ưu việt, ưu tú, ưu tiên hàng đầu
văn bản, văn hóa, văn học, văn minh, văn nghệ, văn phòng, văn thư, văn kiện, văn chương, văn tự, văn miếu, nhà văn, thủy văn, địa văn, nhân văn
vấn đề, vấn nạn, tư vấn, phỏng vấn, chất vấn, học vấn
vận động, vận hành, vận chuyển, vận tải, vận dụng, vận may, vận mệnh, vận động viên, dân vận, hàng vận
vật chất, vật liệu, vật tư, vật nuôi, vật dụng, vật lý, vật phẩm, vật chứng, vật kiến trúc, động vật, thực vật, hiện vật, nhân vật, sinh vật, tang vật, lễ vật
về việc, về đích, về hưu, về quê, về nhà, trở về, quay về, đi về, hướng về
vệ sinh, vệ sĩ, vệ tinh, bảo vệ, phòng vệ, tự vệ, hộ vệ, cảnh vệ
vi phạm, vi phạm hành chính, vi phạm pháp luật, vi chất, vi khuẩn, vi rút, vi mô, vĩ mô, phạm vi
việc làm, việc làm mới, công việc, sự việc, vụ việc, làm việc, buổi làm việc, về việc, mọi việc, việc tốt, người tốt việc tốt
vị trí, vị thế, vị trí việc làm, đơn vị, đơn vị tính, địa vị, học vị, chức vị, quý vị
vùng sâu, vùng xa, vùng cao, vùng biên, vùng núi, vùng trũng, vùng ven, vùng lõi, vùng đệm, vùng dịch, vùng nguyên liệu, vùng chuyên canh, vùng kinh tế, khu vực vùng
vượt qua, vượt khó, vượt mức, vượt trội, vượt bậc, vượt lũ, vượt chỉ tiêu, vượt kế hoạch, vượt cấp
xã hội, xã hội hóa, xã viên, xã đội, xã đoàn, xã nông thôn mới, cấp xã, liên xã, toàn xã, hợp tác xã, xã giao
xác định, xác nhận, xác minh, xác thực, xác suất, chính xác, thi hài
xây dựng, xây mới, xây lắp, xây nhà, xây cất, xây dựng cơ bản, xây dựng đảng, xây dựng nông thôn mới
xét xử, xét duyệt, xét tuyển, xét nghiệm, xét thấy, xem xét, nhận xét, cân nhắc
xu hướng, xu thế, xu thế tất yếu
xuất bản, xuất hiện, xuất khẩu, xuất phát, xuất sắc, xuất xứ, xuất cảnh, xuất ngũ, xuất viện, xuất quỹ, xuất hành, đề xuất, sản xuất, đột xuất, kiến xuất
xử lý, xử phạt, xử lý vi phạm, xử lý nghiêm, xét xử, ứng xử, đối xử, cư xử, phân xử
ý kiến, ý nghĩa, ý thức, ý chí, ý tưởng, ý định, ý muốn, chú ý, đồng ý, lưu ý, góp ý, tùy ý, tự ý
yêu cầu, yêu thương, yêu nước, yêu quý, yêu mến, yêu thích, đáng yêu, tình yêu
yếu tố, yếu kém, yếu thế, chủ yếu, thiết yếu, quan trọng thiết yếu, điểm yếu, suy yếu, ốm yếu
dự thi, ra khỏi, ra đời, ra quân, ra mắt, ra sức, ra tay, ra lệnh, ra đi, ra về, ra ngoài, ra vào, đi ra, tìm ra, đưa ra, nêu ra, chỉ ra, đề ra, xảy ra, diễn ra, tạo ra, mở ra, sinh ra, đặt ra, nhận ra, phát ra
các chức danh, các cấp, các ngành, các đơn vị, các địa phương, các xã, các thôn, các em, các cháu, các hộ, các đồng chí, các đại biểu, các cơ quan, các trường, các lực lượng, các sở, các phòng, các ban, các đoàn thể, các tổ chức, các doanh nghiệp
sạc điện, trạm sạc, xe điện, sạc pin, ô tô điện, xe máy điện
`;
