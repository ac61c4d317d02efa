// Common two- and three-syllable words of everyday and news Vietnamese,
// grouped loosely by first syllable so gaps are easy to spot.
export default `
an cư, an tâm, an ủi, an nhàn, bình an, bình thường, bình đẳng, bình chọn, bình luận, bình tĩnh, bình dân
ăn ở, ăn mặc, ăn năn, ăn chơi, ăn cắp, ăn trộm, ăn cơm, nấu cơm, đồ ăn
bàn chân, bàn luận, bàn thờ, bàn học, bàn làm việc
báo hiệu, cảnh báo, dự báo, tố giác
bắt buộc, bắt gặp, bắt nguồn, bắt tay, bắt kịp
bận rộn, bận tâm, bất ngờ, bất cứ, bất kỳ, bất kể, bất chấp, bất lợi, bất thường, bất động sản, bất bình, bất cẩn
bên trong, bên ngoài, bên trên, bên dưới, hai bên, các bên, bên kia, bên này, phía trước, phía sau, phía bắc, phía nam, phía đông, phía tây
biên tập, biên soạn, biến động, biến đổi, biến chứng, biểu hiện, biểu quyết, biểu tượng
bình xét, bỏ trốn, bỏ qua, bỏ rơi, bỏ sót, từ bỏ, loại bỏ, xóa bỏ
bộ phận, bộ mặt, bộ ngành, tiến bộ, từng bước, bước vào, bước ra
bổ ích, bồi đắp, bồi hoàn
buổi lễ, buổi họp
cá thể, cá biệt, cá tính, cá cược
cách làm, cách nhau, cách đây, cách trở, tư cách, tính cách, bằng cách
cải tổ, cải táng
cảm động, cảm xúc, cảm nhận, cảm giác, cảm thông, cảm tình, cảm hứng, cảm phục, truyền cảm hứng
can thiệp, can ngăn, can đảm, can thiệp kịp thời, liên can
cảnh giác, cảnh vệ, bối cảnh, cảnh tượng, quang cảnh
cao độ, cao điểm, cao cấp, cao trào, tối cao, cao nguyên, cao lớn
các cấp, cấp độ, cấp học, cấp bậc
cần cù, cần kíp, cần mẫn, cần lao, cần bán, cần tìm
câu hỏi, câu trả lời, câu đối, câu cá
cây cối, cây số
chấp hành, cố chấp
chất độc, chất đốt, chất liệu, tính chất, phẩm chất, khoáng chất, hóa chất
chậm chạp, chậm lại, chậm nhất
chỉ huy, chỉ số, chỉ định, chỉ dẫn, chỉ có, chỉ là, chỉ còn, chỉ mới, chỉ cần
chia tay, chia nhỏ, phân chia, chia buồn, chia lửa
chiến dịch, chiến lược, chiến thắng, chiến đấu, chiến công, chiến trường, chiến khu, tác chiến
chính thức, chính yếu, chính quy, chính là, chính mình
cho thuê, cho dù
chọn lọc, chọn lựa, lựa chọn, tuyển chọn, chọn giống
chống lại, chống chọi, chống đỡ, chống đối, chống thấm, phòng chống, đấu tranh chống, chống dịch, chống hạn, chống úng
chú thích, ghi chú
chủ nhà, chủ hộ, chủ quản, chủ sở hữu, chủ rừng, chủ xe, chủ tàu, chủ trang trại, chủ doanh nghiệp, chủ cơ sở
lời chúc, chúc phúc
chung sống, chung quanh, chung chung, chung thủy, cộng đồng chung, mục tiêu chung, của chung
chuyên môn, chuyên nghiệp, chuyên đề, chuyên ngành, chuyên sâu, chuyên cần, chuyên biệt
chuyển động, chuyển hướng, chuyển tiếp, chuyển công tác, chuyển đến, chuyển đi
văn chương, chương mục
chứng minh, chứng kiến, chứng khoán, chứng từ, bằng chứng, triệu chứng
chức vụ, chức danh, chức trách, chức vị, nhậm chức, cương vị
có mặt, có hạn, có lợi, có ích, có hại, có tội, có lỗi, có công, có tiếng, có điều kiện, có thẩm quyền
con trai, con gái, con vật, con thuyền
công cộng, công lập, công nợ, công tác, công chúng, công lao, công sức, công ích, công điện, tấn công, gia công
cộng sự, cộng tác, cộng hòa, cộng thêm, cộng sản
cơ cấu, cơ giới, cơ thể, cơ động, nguy cơ, động cơ, tín dụng cơ sở
cung cấp thông tin, cung đường
các cụ, dụng cụ, công cụ, cụ hồ
cuộc chiến, cuộc đời, cuộc gặp, cuộc khảo sát, cuộc điều tra
cứu giúp, cứu chữa, cứu thương, giải cứu
danh sách, danh dự, danh tiếng, danh mục, danh nghĩa, danh lam, danh nhân, danh thiếp, nặc danh, điểm danh, danh tính, danh sách đen
dành cho, dành dụm, dành riêng, dành thời gian, giành được, giành lấy, tranh giành
dân sinh, dân trí, dân nguyện, cư dân, thị dân
dẫn chứng, dẫn đến, dẫn dắt, dẫn nước, thu hút, hấp dẫn
dịch chuyển, dịch thuật, phiên dịch, biên dịch
diễn biến, diễn đàn, diễn giả
diện mạo, phương diện, đối diện, trực diện, diện rộng
dự kiến, dự thi, dự trữ, dự phòng, dự họp, dự định, dự đoán, dự bị
dùng để, người dùng
dừng lại, dừng xe, ngừng lại, dừng hoạt động
đa dạng, đa số, đa năng, đa khoa, đa mục tiêu, đa ngành
đại sứ, vĩ đại, rộng đại, phóng đại
đàn ông, đàn bà, đàn áp, đàn gia súc, đàn hát
đánh dấu, đánh thuế, đánh nhau, đánh đập, đánh số, đánh máy, đánh bại, đánh thức
đào tạo lại, đào tạo nguồn nhân lực, đào đắp, đào bới, đào hố, đào kênh, cây đào
đạo đức, đạo luật, đạo lý, đạo diễn, hướng đạo, đạo phật, đạo hiếu
đặc điểm, đặc thù, đặc sắc, đặc trưng, đặc quyền, đặc công, đặc khu
đăng tải, đăng cai, đăng bài, đăng tin
đầu mối, đầu vào, đầu nguồn, đầu óc, hàng đầu, ban đầu, mở đầu, đầu người
đấu tranh, đấu nối, phấn đấu
đề cương, đề cập, đề tài, đề thi, đề phòng
để dành, để xảy ra
điều khiển, điều lệ, điều tiết, điều khoản, điều luật, một điều
điểm sáng, điểm nhấn, điểm mạnh, điểm yếu, quan điểm, thí điểm
điện tử, điện lưới, cúp điện
định hướng, định cư, định giá, định nghĩa, giám định, giả định, cố định
đóng quân, đóng vai trò, đóng thuế, đóng tàu, đóng gói, đóng dấu
thủ đô
đối với, đối tác, đối chiếu, đối phó, đối xử, đối lập, đối thủ, tuyệt đối, cân đối
đồng đội, đồng hồ, đồng tình, đồng tiền, ngoài đồng
động vật, động đất, động thái, động tác, hoạt động, tác động, sinh động, tự động, bạo động, náo động, kích động
đơn giản, đơn giá, đơn đặt hàng, đơn hàng, đơn độc, đơn sơ, đơn thuần, cô đơn, làm đơn, gửi đơn, nộp đơn
đúng đắn, đúng giờ, đúng luật, đúng mức, đúng người, đúng lúc, đúng là
được giao, được công nhận, được xem, được coi, được phép, được hưởng, được nhận, được tặng, được trao, được đánh giá, được cấp, được hỗ trợ, được đầu tư
gần gũi, gần nhất, gần hết, ở gần, lại gần, xích lại gần nhau
gặp nạn, gặp khó, gặp phải, gặp sự cố, tình cờ gặp
gia hạn, gia nhập, gia cố, gia truyền, gia sản, gia trưởng, quốc gia, gia vị, gia tài
giá thuê, giá cà phê, giá heo
giải tỏa, giải nhiệt, giải vây
giám thị, giám khảo, giám hộ
giảm dần, giảm mạnh, giảm sút, suy giảm, cắt giảm, tinh giảm, thuyên giảm, giảm nhẹ, giảm tải
gian nan, gian hàng, không gian, trung gian, nhân gian, thế gian
giao kết, ngoại giao, giao cho
giáo sư, giáo trình, giáo khoa, giáo dưỡng
giữ lại, giữ chân, giữ chức, giữ vai trò, giữ nguyên, giữ trật tự, canh giữ
giúp việc, trợ giúp, giúp sức, giúp dân, giúp nhau
noi gương, soi gương
hạ thấp, hạ cánh, hạ thủy, hạ sĩ, thiên hạ, hạ lưu, hạ nhiệt
hàng ngày, hàng rào, hàng không, hàng ngũ, khách hàng
hành động, hành vi, hành lang, hành lý, tiến hành, hành nghề, diễu hành, song hành
đức hạnh, hạnh phúc gia đình
hệ thống, hệ lụy, hệ quả, quan hệ, liên hệ, thế hệ, hệ sinh thái, hệ số
hiện trường, hiện hành, hiện diện
hiệu suất, hiệu ứng, tín hiệu, ký hiệu, dấu hiệu, hiệu chỉnh
hình ảnh, hình mẫu, hình dạng, loại hình, địa hình, vô hình, hữu hình, màn hình, định hình
hỗ trợ vốn, hỗ trợ kỹ thuật, tương hỗ
học hỏi, học viện, học vấn, học thuật, học hành, khoa học, trung học, văn học, y học
hội họp, hội ý, xã hội, hiệp hội
hợp tác, hợp lệ, hợp tình, kết hợp, tổng hợp, liên hợp, tích hợp, hỗn hợp, thích hợp, hòa hợp
hướng đến, hướng tới, hướng về, hướng đi, xu hướng, chiều hướng
hưởng lợi, hưởng thụ, thụ hưởng, ảnh hưởng, hưởng chế độ, hưởng lương
kế toán, kế tiếp, kế cận, thiết kế, liệt kê
kết nối, kết cấu, kết dư, cam kết, gắn kết
khai trương, khai hoang, khai phá, khai thông
khám chữa, khám phá, khám nghiệm, thăm khám
khẩn thiết
khen ngợi, khen tặng
khó nhọc, khó lường, khó tránh, khó tính, khó chịu, khó thở
khoa học xã hội, chuyên khoa, nha khoa, sản khoa, nhi khoa, ngoại khoa, nội khoa
khởi phát
khu nghỉ dưỡng, khu rừng
khuyến cáo, khuyến công
kiểm định, kiểm kê, kiểm dịch, kiểm chứng, kiểm nghiệm
kinh điển, kinh hoàng, kinh ngạc, thần kinh, kinh thành
kịp lúc, không kịp, theo kịp, đuổi kịp
kỷ yếu, thế kỷ, kỷ vật
kỹ năng, kỹ lưỡng, kỹ càng, kỹ thuật viên, công nghệ kỹ thuật
làm theo, làm đường, làm nghề, làm lễ, làm thủ tục, làm tốt, làm sạch
lãnh thổ, lãnh sự, lãnh trách nhiệm, thủ lĩnh
lao động phổ thông, lao động trẻ, lao lý
lâm trường, lâm sàng, lâm thời, lâm nguy, lâm vào
lập trường, lập kế hoạch, lập hồ sơ, lập công, lập dự án, lập nghiệp, cô lập, tự lập, dân lập, tư thục
lễ tang, lễ cưới, lễ nghi, lễ tân, lễ vật, nghi lễ, kỳ nghỉ lễ, tết lễ
liên lạc, liên minh, liên thông, liên hiệp, liên đoàn, liên xã, liên thôn, liên huyện, liên tỉnh, liên tiếp
lịch trình, lịch sự, lịch làm việc, lịch thi, lịch tiếp công dân, lý lịch
loại trừ, chủng loại, kim loại, loại cây, loại hình du lịch
lợi thế
lực lượng, năng lực, nỗ lực, áp lực, quyền lực, sức lực, bạo lực, vũ lực, trí lực
lưu hành, lưu thông, lưu niệm, lưu vực, lưu động, thượng lưu
lương tâm, bảng lương, lương thiện
mang lại, mang tính, mang theo, mang đến, mang về, mang thai
mạnh dạn, mạnh khỏe, sức mạnh, thế mạnh, tăng mạnh, hùng mạnh
vắng mặt, bề mặt, mặt hạn chế, trước mặt, đối mặt
mô tả, mô phỏng
môi sinh
mục đích, mục lục, tiết mục, mục vụ
hoạn nạn, nạn đói, nạn phá rừng, tệ nạn, lâm nạn
khả năng, tài năng, tiềm năng
nâng đỡ
nghề nghiệp, nghề cá, nghề rừng, nghề thủ công, nghề dệt, nghề mộc, tay nghề, nghề nông
nghĩa tình, nghĩa là, tình nghĩa
nghiêm khắc, nghiêm cấm, nghiêm chỉnh, trang nghiêm
nghiên cứu khoa học, nghiên cứu sinh
ngân quỹ
ngành hàng, ngành chức năng, các ngành
nguy hại, nguy nan, an nguy
nguyên liệu, nguyên tắc, nguyên vật liệu, nguyên trạng, nguyên là, nguyên chủ tịch, nguyên bí thư
nguồn gốc, nguồn tin, nguồn nhân lực, nguồn điện
thân nhân
nhận lời, nhận lãnh
tái nhiệm
mềm dẻo
nông lâm, nông trường, nông nhàn
nổi tiếng, nổi lên, nổi trội, nổi bật nhất, bão nổi
nội bộ, nội vụ, nội địa, nội thị, nội quy, nội tại, nội đồng, nội bộ đảng
nước mặn, nước ngọt, nước nhà
bất ổn, ổn thỏa
phát sinh, phát tán, phát lộc, phát đạt, phát tài, phát quang, bùng phát, bộc phát, phát ra
phân biệt, phân lô, phân khúc, phân định, phân xử
phòng dịch, phòng họp, phòng làm việc, phòng ban, phòng thủ, phòng tuyến
phong toả
phổ quát
phục vụ, phục chế, khắc phục, thuyết phục, quân phục
đơn phương, đa phương, song phương
quản chế, quản giáo, tự quản
quan sát, quan niệm, quan chức, lạc quan, bi quan
quần chúng, quần áo, quần thể, quần đảo, quần cư
quốc kỳ, quốc ca, quốc tịch, quốc doanh, quốc dân
quy đổi, quy tụ
quyết sách, phán quyết, quả quyết
quyền sử dụng, bản quyền, quyền chủ tịch
rõ rệt, rõ nét
rộng khắp, bề rộng
hải sản, sinh sản, phá sản
sáng lập, sáng tác, sáng suốt, ánh sáng, tươi sáng
sâu hại, chiều sâu, sâu xa
sinh thái, sinh mạng, sinh lực, vệ sinh, hy sinh, sơ sinh, bẩm sinh
số liệu, số phận, thiểu số, kỹ thuật số
sở hữu, sở thích, sở trường, sở ngành, sở tại
sức lao động, sức sống, sức ép, sức chứa, sức cạnh tranh, hết sức, ra sức, nỗ lực hết sức, sức người
sự nghiệp, sự cố, sự thật, sự sống, sự tham gia, sự ủng hộ, sự đồng thuận, sự phát triển, sự giúp đỡ, sự hỗ trợ, sự phối hợp, sự kiện văn hóa
tác giả, tác phẩm, tác phong, tác hại, tác dụng, thao tác, tác nghiệp
tài liệu, tài trợ, tài xế, tài xỉu, tài lộc
tại gia, tại ngũ, tại chức
tăng lương, tăng ca, tăng nhanh, tăng tốc, tăng gia
tạo lập, tạo dựng, kiến tạo
tập trung, tập thể, tập tục, luyện tập, tuyển tập
thay phiên
thành phần, thành thạo, thành thật, trở thành, tán thành
thăm quan, thăm viếng, thăm dò, viếng thăm, thăm và làm việc
thắng lợi, thắng cuộc
thẩm mỹ, thẩm thấu
thiếu sót, thiếu hụt, thiếu vốn, thiếu đói
thiên vị, thiên hướng
thiết yếu, tha thiết, mật thiết, thân thiết
thông minh, thông thoáng, thông điệp, thông cáo, thông tấn
tổng thống, chính thống
thời đại, thời trang
thu mua, thất thu, tịch thu
thủ tục, thủ công, thủ đoạn, thủ quỹ, thủ trưởng, tuân thủ, thủ phạm
trung thực, chân thực, xác thực
thường niên, thường lệ, thường dân, phi thường
thương vong, thương lượng, thương xót, thương tật, tổn thương, tình thương, thương nhân, ngoại thương, thương vụ
tích lũy, tích tụ, tích trữ
tiến trình, tiến sĩ, tiến tới, tiên tiến, thăng tiến, xúc tiến, cấp tiến
tiếp tế, tiếp giáp
tiết lộ, tiết học, tiết trời, mạch lạc
tiêu diệt, tiêu hủy, tiêu điểm, tiêu độc
vi tính, cắt lớp vi tính, tin tưởng, tin cậy, tin tức, tin đồn, tự tin, uy tín, tín chỉ
tình huống, tình yêu, tình bạn, tình đoàn kết, nhiệt tình, thân tình, hữu tình, tình tiết
tỉnh đoàn, tỉnh bạn, tỉnh ngoài, tỉnh táo, tỉnh thành, ngoại tỉnh
tổ hợp, tổ tiên, tổ liên gia
tổng thể, tổng quát, tổng quan, tổng giám đốc, tổng cục, tổng điều tra
tôn trọng, tôn vinh, tôn chỉ, tôn kính, tôn nghiêm
trách nhiệm giải trình, phụ trách, trách móc
trang bị, trang trí, trang sách, trang trải, chỉnh trang
tranh luận, tranh thủ, tranh cử, bức tranh, tranh ảnh, tranh vẽ
trao giải, trao thưởng, trao trả, trao quyền
trật tự xã hội
triển vọng
trình độ, trình duyệt, đệ trình, quá trình, lộ trình
trọng trách, trọng dụng, trầm trọng, thận trọng
trung thành, trung đoàn, trung đội, miền trung
trước hết, trước mắt, trước tiên, trước tình hình
trường sở, trường tồn
tự nhiên, tự túc, tự phát, tự ý, tự sát, thứ tự
tuyên bố, tuyên dương, tuyên thệ
tuyển thủ
tư vấn, tư duy, tư tưởng, tư nhân, tư thế, riêng tư, tư bản
tương lai, tương trợ, tương thân, tương tác, tương xứng
ứng viên, ứng trước, ứng cứu, đáp ứng, thích ứng, phản ứng
ưu tiên, ưu đãi, ưu điểm, ưu thế, ưu việt, ưu tú, ưu tiên hàng đầu
văn tự, văn miếu, thủy văn, địa văn
vấn nạn, phỏng vấn
vận may, vận mệnh, hàng vận
vật liệu, vật phẩm, vật kiến trúc, thực vật, sinh vật
về việc, về đích, đi về
vệ sĩ, vệ tinh, phòng vệ
vi chất, vi khuẩn, vi rút, vi mô, vĩ mô, phạm vi
việc làm mới
vị thế, đơn vị tính, địa vị, học vị
vùng lõi, vùng đệm, vùng kinh tế, khu vực vùng
vượt lũ, vượt cấp
xã viên, xã đội, xã đoàn, xã giao
xác suất, thi hài
xây mới, xây lắp, xây cất
xét duyệt, xét thấy, xem xét, cân nhắc
xu thế, xu thế tất yếu
xuất cảnh, xuất quỹ, xuất hành, kiến xuất
xử lý vi phạm, cư xử
ý tưởng, ý định, ý muốn, tùy ý
yêu nước, yêu quý, yêu mến, yêu thích, đáng yêu
yếu thế, quan trọng thiết yếu, suy yếu, ốm yếu
ra khỏi, ra đời, ra mắt, ra tay, ra lệnh, ra về, ra ngoài, ra vào, đi ra, mở ra, sinh ra, nhận ra
các chức danh, các đơn vị, các địa phương, các xã, các thôn, các em, các cháu, các hộ, các đại biểu, các cơ quan, các trường, các lực lượng, các sở, các phòng, các ban, các tổ chức, các doanh nghiệp
sạc điện, trạm sạc, xe điện, sạc pin, ô tô điện, xe máy điện
đúng mực, chừng mực, đúng chỗ, đúng người đúng việc
giai đoạn, giai cấp, giai điệu, viễn thông, hải quan, trí thức, danh thắng, mặt khác, bởi vậy, thậm chí, chẳng hạn, ví dụ, tức là, nói cách khác, sau cùng, từ lâu, luôn luôn, đôi khi, thỉnh thoảng, thu hẹp, rút ngắn, họp bàn, tu dưỡng, đáng khích lệ, chẳng những, không những mà còn, mà còn, hay là, hoặc là, còn về, về phần, riêng về, nhìn chung, tóm lại, nói tóm lại, trên thực tế, thực tế cho thấy, có thể nói, phải nói, nhờ vậy, kể trên, sắp xếp lại
ám ảnh, an khang, an lành, ấm áp, âm thanh, ân cần, ấn tượng, ấn định, ấp ủ, âu lo
bác bỏ, bạn trẻ, bản lĩnh, bản thân, bản đồ, bản địa, bảng biểu, bảng tin, bao bọc, bao dung, bão hòa
bắt nhịp, bấp bênh, bận bịu, bề bộn, bền bỉ, bí mật, bí quyết, biết ơn, biết bao, biểu tình, bình diện, bình minh, bỏ ngỏ
bối rối, bồi hồi, bồn chồn, bộc lộ, bộn bề, bột phát, bức xúc, bức thiết, bước ngoặt, bước tiến, buồn bã, buông xuôi, bừa bãi, bưu điện, bưu chính
ca ngợi, ca hát, cách biệt, cam go, cam đoan, cảm kích, cảm tạ, can dự, cản trở, cạn kiệt, cảnh giới, cao quý, cặn kẽ, căn cứ, căn hộ, căng thẳng
cẩn thận, cẩn trọng, cấp tốc, cầu nối, cầu thang, cầu cứu, cầu thị, chan chứa, chán nản, chăm lo, chăm chút, chắc chắn, chặng đường, chân chính, chân dung, chân lý, chập chờn
châu lục, che chở, chênh lệch, chết người, chỉ dấu, chiêm ngưỡng, chiến sự, chiều chuộng, chín muồi, chính chủ, chính thể, chịu đựng, chịu trách nhiệm, chỗ đứng, chối bỏ, chờ đợi, chở che
chu đáo, chu kỳ, chủ chốt, chuẩn mực, chúc thư, chung cuộc, chuỗi ngày, chuyến đi, chuyện trò, chứa đựng, chứng tỏ, chững lại, có chăng, cổ động, cổ truyền, cổ kính, cố gắng, cố vấn, cội nguồn, côn trùng
cơ may, củ quả, cục bộ, cung đình, cuộc đua, cử nhân, cứ điểm, cực kỳ, cương quyết, cường độ, cứu tế
dàn dựng, dấu ấn, dấu chân, dân dụng, dần dần, dẫn giải, dập tắt, dâng trào, dầu khí, dè chừng, dễ dàng, dễ thương, di chỉ, di dân, di động, dí dỏm, diệt trừ, diễn giải, dinh thự, dịu dàng, doanh trại, dòng chảy, dòng họ, dồn dập, dở dang, dũng cảm, dung hòa, dung lượng, duyên dáng, duyên hải, dư luận, dư thừa, dự cảm, dựng xây, dưỡng lão
đa đoan, đá bóng, đảm đang, đàm phán, đáng giá, đáng mừng, đáng tiếc, đảo ngược, đạt tới, đắn đo, đặt mua, đâm chồi, đầm ấm, đầy ắp, đầy đặn, đẩy lùi, đậm đà, đất liền, đấu sĩ, đầu bếp, đầu đàn
đền bù, đều đặn, đi đôi, đi kèm, đi vào, đích thực, điềm tĩnh, điệu múa, điều hay, định vị, đoàn tụ, đoạn đường, đóng băng, đổi thay, đổi chác, đội ngũ, đối nội, đông đảo, đồng ca, đồng quê, động chạm
đợi chờ, đua tranh, đứng đắn, đứng vững, được mất, đương đầu, đương nhiệm, đương thời, đường truyền
gay gắt, gánh nặng, gánh vác, gắn bó, gắn liền, gầy dựng, gây dựng, gây hại, gây quỹ, ghi danh, ghi hình, ghi điểm, gia giảm, giả mạo, giải tán, giảng giải, giảng đường, giàu đẹp, giàu mạnh, giảm bớt, giãn cách
giao hữu, giáo điều, giấc mơ, giòn giã, giới hạn, giới thiệu, giới trẻ, giới chức, giục giã, giữ nước, góc nhìn, gói gọn, gợi mở, gợi ý, gửi gắm, gương mặt
hạ quyết tâm, hài hòa, hành hương, hạnh ngộ, hào hứng, hào phóng, hăng hái, hầm hố, hấp thụ, hậu duệ, hậu thuẫn, hậu phương, hé lộ, hẹn hò, hiếm hoi, hiểm nguy, hiền hòa, hiếu khách, hiệu triệu, hình hài, hòa nhập, hòa quyện, hoài bão, hoàn hảo, hoàn mỹ
hỏi han, hội tụ, hồi hộp, hồi sinh, hồi phục, hồi âm, hối hả, hồn nhiên, hỗn loạn, hơi thở, hợp lực, hùng vĩ, hút khách, huy động, huyền thoại, hư hỏng, hứa hẹn, hương vị, hương sắc, hướng ngoại, hữu ích, hữu hiệu
ích lợi, ít ỏi, kêu gọi, kết duyên, khả quan, khác thường, khát vọng, khắc ghi, khắc khoải, khắc nghiệt, khắp nơi, khẩn hoang, khâm phục, khéo léo, khép kín, khiêm tốn, khiếm khuyết, khoa trương
khỏe khoắn, khôn khéo, khởi sự, khu biệt, khúc mắc, khuôn khổ, khuôn viên, khủng hoảng, khuyết điểm, kiên cường, kiên định, kiên nhẫn, kiên trì, kiến thức, kiến trúc, kiệt sức, kinh hãi, kỳ vọng, kỳ diệu, kỳ công
lạc hậu, lai lịch, làm chứng, làm dịu, làn sóng, lan rộng, lang thang, lãng mạn, lành mạnh, lạnh lẽo, lao xao, lắng đọng, lắp ráp, lâu năm, lần lượt, lấy lại, lên tiếng, lên men, lịch lãm, liều lượng, linh hoạt, linh thiêng, lo âu, lo lắng, lo ngại, lỗ hổng, lối sống, lối đi, lời nói, lời hứa, lời khuyên, lung linh, lưu luyến
mải mê, mãn nguyện, mát mẻ, may mắn, mặn mà, mắc phải, mất mát, mấu chốt, mê say, mến khách, miệt mài, minh chứng, minh họa, mong đợi, mong mỏi, mỏng manh, mộc mạc, mơ ước, mở màn, mức độ, mừng rỡ, mượt mà
nan giải, nảy sinh, nắm giữ, nặng nề, nâng niu, ngạc nhiên, ngăn cản, ngăn chặn, ngăn ngừa, ngắn gọn, ngập tràn, ngất ngây, ngân vang, nghẹn ngào, nghèo đói, nghi ngờ, nghi vấn, nghĩ suy, ngoại hình, ngoại lệ, ngoan ngoãn, ngọt ngào, ngỡ ngàng, ngược lại, người mẫu, ngưỡng mộ
nhã nhặn, nhạy bén, nhanh nhẹn, nhắc nhở, nhằm vào, nhẫn nại, nhẹ nhàng, nhiệt huyết, nhiệt liệt, nhịp điệu, nhịp sống, nhìn nhận, nhỏ bé, nhỏ lẻ, nhớ thương, nhu mì, như ý, những ai, nóng bỏng, nóng vội, nô nức, nông nổi, nồng hậu, nồng nhiệt, nở rộ, nức tiếng, nương tựa
oai hùng, ồ ạt, ôn hòa, ơn nghĩa, phá hoại, phá hủy, phá bỏ, phát sóng, phấn chấn, phẩm giá, phân vân, phần thưởng, phần việc, phi pháp, phiền hà, phiền phức, phó mặc, phóng sự, phồn vinh, phù sa, phục hưng, phúc đáp, phương xa
quá khứ, quả thật, quan ngại, quán xuyến, quảng cáo, quây quần, quen thuộc, quý báu, quý giá, quyến rũ, quyết đoán
rạng rỡ, rào cản, rèn luyện, reo hò, riêng lẻ, rộn rã, rộng mở, rơi vãi, rủi ro, ruộng vườn, rực rỡ, rước đèn
sa sút, sai lầm, sai sót, san sẻ, sản sinh, sáng giá, sáng ngời, sáng tỏ, say mê, săn sóc, sắc bén, sâu đậm, sẻ chia, siêng năng, sinh thời, so sánh, soạn thảo, sôi nổi, sống còn, sống động, sơ bộ, sơ sài, sợ hãi, sớm muộn, sum họp, sum vầy, suôn sẻ, suy ngẫm, suy tư, suy xét, sửa sang, sững sờ
tác nhân, tai họa, tài ba, tâm lý, tâm sự, tâm nguyện, tâm điểm, tận hưởng, tận mắt, tận nơi, tập tành, tất bật, tất yếu, thả nổi, thách đố, thành đạt, thành kính, thành tâm, thảnh thơi, thao thức, tháo dỡ, thắc mắc, thăng trầm, thầm lặng, thân thiện, thân quen, thân yêu, thấp thỏm, thật thà, thâu tóm, thể chất, thể lệ, thêm vào
thích thú, thiện chí, thiện nguyện, thiết tha, thỏa đáng, thỏa thuận, thoải mái, thói quen, thôi thúc, thống khổ, thơ mộng, thu nhỏ, thú vị, thuận tiện, thuần khiết, thuần túy, thủy chung, thử thách, thực đơn, thường nhật, tiền đồ, tiền tuyến, tiếng vang, tiềm ẩn, tiện lợi, tinh hoa, tinh tế, tinh túy, tinh thông
tỉ mỉ, toàn vẹn, tỏa sáng, tổn thất, tổn hại, tồn đọng, tốt bụng, trả giá, trách cứ, trang nhã, tráng lệ, trăn trở, trầm lặng, trầm tư, trẻ trung, trọn vẹn, trôi chảy, trông chờ, trông đợi, trở ngại, trở lực, trợ lực, trù phú, trực quan, trưng cầu, trưởng thành, truyền bá, truyền nghề, tự tay, tươi đẹp, tươi tốt, tưởng thưởng, tưởng tượng
ước tính, ước vọng, ươm mầm, uy nghi, vai trò, vang danh, vang dội, vang vọng, văn hay, vận hội, vẻ đẹp, vẹn toàn, viễn cảnh, vinh dự, vinh danh, vinh quang, vĩnh viễn, vô cùng, vô tư, vội vã, vui vẻ, vui tươi, vun đắp, vun trồng, vững bền, vững vàng, vươn xa
xa xôi, xa lạ, xấu hổ, xây đắp, xót xa, xôn xao, xuất thân, xứng đáng, yên ả, yên tâm, yên ổn, yếu ớt
ác liệt, an dưỡng, an táng, áp đặt, ẩn náu, âm mưu, ầm ĩ, bạc màu, bài bản, bao vây, bảo an, bằng hữu, bất tiện, bệ phóng, bị động, biến dạng, biểu ngữ, binh lính, bổ trợ, bùng nổ, buộc tội, ca khúc, cai quản, cải biên, cám dỗ, càn quét, canh gác, cảnh sắc, cao cả, cao ráo, cao thượng, cáo buộc, cấm đoán, cận kề, cấu trúc, chăn thả, chặn đứng, chấn chỉnh, chấn động, chấn thương, chân thật, chật chội, chật vật, châm ngôn, chênh vênh, chia cắt, chín chắn, chính danh, chỉnh đốn, chỉnh lý, chóng mặt, chồng chất, chuẩn xác, cõi lòng, cố hữu, cộng hưởng, công đức, công hiệu, công phu, công quyền, công xưởng, cơ cực, cơ hữu, cởi trói, cùng cực, cuồng nhiệt, cự tuyệt, cứng rắn, cường quốc
dã man, dàn trải, dang dở, dày đặc, dạy bảo, dân tộc học, dấu vết, dè dặt, dễ chịu, di cư, dị biệt, dư dả, dựng nghiệp, đà phát triển, đại chúng, đại dương, đáp án, đau đớn, đau xót, đắc lực, đằm thắm, đặc cách, địa giới, địa danh, điểm tựa, đính chính, đoạn tuyệt, đón chào, độc đáo, độc quyền, đối đầu, đối xứng, đột biến, đơn côi, đơn lẻ
gấp rút, gián đoạn, giản dị, giao thoa, giằng co, giận dữ, gọn nhẹ, góp vốn, gửi tiền, hàm ý, hành quân, hào hùng, hạn mức, hao hụt, hân hạnh, hiềm khích, hiệp định, hòa thuận, hoang mang, hoàn lại, hoàn trả, hoạch định, hợp pháp hóa, hợp thức hóa, hưng thịnh, huy hoàng
kế nhiệm, kém cỏi, khai mở, khắc khổ, khăng khít, khép lại, khiêm nhường, khiếu kiện, khoan dung, khô hạn, khốc liệt, khổ cực, khởi kiện, khuất phục, kịch liệt, kỳ thị, ký ức, lạm dụng, lao đao, lặng lẽ, lẩn trốn, lâu bền, lấn át, lề lối, lệ thuộc, liêm khiết, loan báo, lõi thép, lờ mờ, lúng túng, lừa dối, luân phiên
mách bảo, manh mối, mắc kẹt, mặc định, mê tín, miễn cưỡng, môi giới, mưu cầu, mưu lợi, náo nhiệt, nặng trĩu, nền móng, nể phục, nghênh đón, nghĩa cử, nghiệp vụ, ngoạn mục, ngổn ngang, ngợi ca, nhầm lẫn, nhiễu loạn, nhọc nhằn, nhường nhịn, nồng ấm, nơi nơi, nới lỏng
phạm pháp, phản biện, phản cảm, phát ngôn, phẫn nộ, phân tán, phong tỏa, phô trương, phối cảnh, phú quý, phục kích, quả cảm, ràng buộc, rắc rối, rầm rộ, rối loạn, rung chuyển
sạch bóng, san bằng, sóng gió, sơ suất, sốt sắng, suy tôn, sửng sốt, sứ mệnh, tái diễn, tái hiện, tái khởi động, tàn phá, tạm bợ, tạm lắng, tập kết, thanh bình, thanh lịch, thanh lọc, thanh lý, thanh minh, thao túng, thẳng thừng, thâm hụt, thần tốc, thấu hiểu, thấu đáo, thi thố, thịnh vượng, thoái hóa, thỏa mãn, thô sơ, thống trị, thù lao, thủ thuật, thuần thục, thử nghiệm, thực dụng, thương tâm, tiên lượng, tiền lệ, tiếp quản, tình thế, tỉnh ngộ, toan tính, tồi tệ, tột cùng, trải dài, tràn lan, tràn ngập, trấn an, trì hoãn, triệt để, triệt phá, trục lợi, trùng hợp, truy cập, truy cứu, tùy tiện, tuyệt vời
uyển chuyển, vô hiệu, xác đáng, xâm lấn, xâm nhập, xiết chặt, xung đột, xứng tầm
âm thầm, ân tình
bão lũ, bày bán, bằng cấp, bến bãi, bước đi
cần thiết phải, chăm sóc, chăm chỉ, chiếm lĩnh, chỉnh sửa, của cải
dậy sóng, dọn dẹp, dời đi, duy nhất, dựa vào, dựng lại, dừng chân
đón tiếp, đón nhận, đương nhiên
góp phần
hiểu biết, hứng thú
khoản tiền
lập tức, lượng mưa, lượt người
mạng lưới, miễn giảm, mừng vui
nền tảng, ngập lụt, nhất quán, nhược điểm
ước đạt
sôi động, sớm nhất, suy nghĩ
tầm nhìn, tầm quan trọng, thật sự, thể chế, thuộc về, tính toán, trải qua
viện trợ, vội vàng
xâm hại, xâm phạm
hiến tặng, hiến đất, hiến xác, đóng điện, thánh lễ, thánh ca, nghiêng về, thiên về, cưỡng chế giao, giao tài sản, thẻ bảo hiểm, thẻ căn cước, thẻ học sinh, bùn đất, bùn non, phút giây, giây phút
bãi tắm, tắm biển, tắm rửa, nhà tắm, tắm sông, báo hiếu, vu lan báo hiếu, ổ gà, ổ voi, ổ gà ổ voi, đón tàu, đón khách, đón đoàn, cảng đón tàu, ghe ngo, đua ghe ngo, ghe xuồng, thuyền rồng
`;
