// General vocabulary and everyday collocations (function words, time, quantity,
// common verbs and adjectives). One entry per comma; see ../../README.md.
export default `
có thể, không thể, có lẽ, có khi, có lúc, có nhiều, có một, có những, có được, có ý kiến
không có, không còn, không được, không phải, không chỉ, không những, không ngừng, không nên, không cần, không khí
đã và đang, vẫn còn, vẫn là, cũng như, cũng là, cũng có, cũng đã
bởi vì, bởi lẽ, vì thế, do vậy, cho nên, tuy vậy, mặc dù, dù vậy, nhưng mà, song song
trong khi, trong số, trong thời gian, trong những năm qua, trong quá trình, trong lúc
bên cạnh, cùng với, cùng lúc, cùng nhau, với nhau, lẫn nhau, giúp đỡ lẫn nhau
theo như, theo dõi, theo kế hoạch, theo quy định, nhằm tạo, nhằm đảm bảo
để lại, để ý, để cho, để có, để được, sao cho, cho đến, cho đến nay, cho phép
từ khi, từ trước
hiện tại, hiện có, hiện đang, hiện trạng, hiện tượng, hiện thực, thực hiện, thể hiện, phát hiện
năm qua, hàng năm, cả năm
tháng này, hằng tháng, hàng tháng
tuần này, tuần qua, hàng tuần
ban ngày
thời gian, thời điểm, thời kỳ, thời hạn, thời sự, thời cơ, tạm thời
khi nào, bao giờ, bao nhiêu, bao gồm, bao quát, bao phủ, mỗi ngày
tất cả, toàn bộ, toàn thể, toàn diện, hoàn toàn, hầu hết, phần lớn, phần nào, một trong những
nhiều nơi, nhiều người, nhiều năm, nhiều lần, nhiều loại, nhiều hơn, rất nhiều, khá nhiều, ngày càng, càng ngày càng
các loại, mọi người, mọi nơi, mọi lúc, mọi mặt, mọi việc, những người, những năm, những ngày, những việc
bà con nhân dân, dân cư
con em
thiếu niên, nam giới, nữ giới, cụ ông, cụ bà
cấp thiết, khẩn trương, nghiêm túc, tích cực, chủ động
hạn chế, tồn tại, yếu kém, bất cập, thách thức, cơ hội
to lớn, rộng lớn, rộng rãi, sâu rộng, sâu sắc, mạnh mẽ, vững chắc, vững mạnh, liên tục
đồng đều, hợp lý, phù hợp, công khai
tốt đẹp, tốt nhất, tốt hơn, xấu đi, khá tốt, tương đối, đáng kể, đáng chú ý, nổi bật, tiêu biểu, điển hình
gần đây, trước đó, sau đó, sau khi, trước khi, ngay sau, ngay từ, ngay lập tức
tiếp tục, tiếp theo, tiếp nhận, tiếp cận, tiếp xúc, tiếp sức, trực tiếp, gián tiếp
bắt đầu, kết thúc, hoàn thành, hoàn tất, hoàn chỉnh, triển khai
chuẩn bị, sắp xếp, bố trí, bảo đảm, đảm bảo, đảm nhận, đảm nhiệm, phân công, phân cấp, phân bổ, phân loại, phân tích
giải thích, giải pháp, giải phóng, giải thưởng
phát huy, phát triển, củng cố, duy trì, giữ vững
điều kiện, tạo ra, tạo nên
đôn đốc, quản lý, quản trị, vận hành, điều phối, phối hợp
đánh giá, rút kinh nghiệm, kinh nghiệm, nhận xét, nhận định
đề ra, đặt ra, nêu ra, chỉ ra, cho ý kiến, ý kiến, góp ý
thông qua, thông suốt, thông thường, phổ biến, vận động
nhiệm vụ, mục tiêu, chỉ tiêu, chương trình, đề án, phương án, phương hướng, phương châm
kết quả, thành tích, thành tựu, thành công, thành quả
nội dung, hình thức, phương pháp, phương thức, cách thức, biện pháp, cơ chế, chế tài
vấn đề, sự kiện, tình hình, tình trạng, hoàn cảnh, yếu tố, nguyên nhân, hậu quả
địa bàn, địa phương, địa điểm, địa chỉ, vị trí, khu vực nông thôn
trụ sở
con người, con số, đường sá, chỗ ở, nơi ở, sinh sống, sinh hoạt
tỷ lệ, tỉ lệ, phần trăm, trung bình, bình quân, tổng số, tổng cộng, tối đa, tối thiểu, ít nhất, nhiều nhất, cao nhất, thấp nhất
giảm xuống, sụt giảm, giảm thiểu, gia tăng, tăng thêm, so với, cùng kỳ
đạt được, đạt yêu cầu, nhu cầu, nguyện vọng, tâm tư, tâm tư nguyện vọng
ý nghĩa, ý thức, nhận thức, nghĩa vụ, quyền lợi, lợi ích, quyền lợi hợp pháp, chính đáng
tình cảm, đoàn kết, đóng góp, ủng hộ
xin lỗi, chào mừng, chào đón, vui mừng, tự hào, trân trọng
lắng nghe, thống nhất ý kiến, tiếp thu ý kiến
gặp gỡ, gặp mặt, thăm và tặng quà, trao tặng, trao học bổng, trao giấy khen
sửa chữa, làm mới, lắp đặt
sử dụng, tận dụng, lợi dụng, áp dụng, vận dụng, khai thác, khai thác sử dụng, sử dụng hiệu quả
làm giàu
về nhà, ra đường, xuống đường, trở lại, quay lại
người ta, ai đó, cái gì, điều gì, việc gì, như vậy, như thế, như nhau, như sau, như trên, nói trên, nêu trên, dưới đây
nói chung, nói riêng, riêng biệt, đặc biệt, nhất là, chủ yếu, cơ bản, căn bản, chủ lực, mũi nhọn, trọng tâm, trọng điểm
bước đầu, bước đột phá, đột xuất, thường xuyên, định kỳ, ngắn hạn, trung hạn, dài hạn
càng thêm, thêm nữa, ngoài ra còn, còn ít, vẫn chưa, chưa có, chưa được, chưa cao
ra sao, thế nào, như thế nào, làm sao, tại sao, vì sao, hay không, có hay không, được không, đúng không
cả nước, toàn quốc, trong nước, ngoài nước, nước ngoài, quốc tế, thế giới, toàn cầu
mưa lớn, mưa bão, mưa lũ, giá rét, khí hậu
cảm thấy, nhận thấy, nhìn thấy, thấy rõ, hiểu rõ, biết rõ, nắm rõ, nắm vững
mới có, mới được, mới là, mới mẻ, đổi mới, cải cách, cải tiến, sáng tạo, sáng kiến, năng động
hầu như, dường như, tựa như, giống như, khác nhau, khác biệt, tương tự, tương đương, tương ứng
sẵn sàng, sẵn có, nhanh gọn, tiến độ
khoảng cách, khoảng thời gian, khoảng, trên dưới, xấp xỉ, gần bằng, gấp đôi, gấp ba, một nửa, hàng trăm, hàng nghìn, hàng triệu
tỷ đồng, triệu đồng, nghìn đồng, ngàn đồng, nghìn tỷ, tỷ đô la, đô la, ngân sách
ông, bà, anh, chị, em, cháu, các đồng chí, quý vị, khách mời, thay mặt
phát biểu, chủ trì, đồng chủ trì
chủ đề, chủ đạo, chủ quan, chủ nhật, chủ nhiệm, chủ thể
nghỉ ngơi, nghỉ mát, nghỉ phép, nghỉ hưu, về hưu
gặp khó khăn, gặp nhiều khó khăn
thay đổi, chuyển đổi, chuyển giao, chuyển biến, chuyển dịch
xác định, xác nhận, xác minh, xác lập, thiết lập, thành lập, hình thành, hợp nhất, chia tách
quy mô, quy chế, quy trình, quy tắc, quy luật, quy chuẩn, tiêu chuẩn, định mức
rà soát, thống kê, khảo sát, nghiên cứu, tìm hiểu, tìm ra, kịp thời phát hiện
bảo vệ, bảo trì, bảo hành, bảo hiểm, bảo hộ, bảo lãnh
nhận được, công nhận, thừa nhận, nhận diện, nhận biết
vượt qua, vượt trội, vượt bậc, vượt mức, đi lên, tiến lên, nâng lên, đưa lên, đưa ra, đưa vào, đưa về
tiêu dùng, tiêu thụ, tiêu hao, thu chi
khởi sắc, khởi động, khởi đầu, khởi nghĩa, khởi xướng
vừa rồi, vừa mới, mới rồi, dịp này
địa bàn huyện, địa bàn xã, địa bàn tỉnh, trên toàn huyện, toàn huyện, toàn xã, toàn tỉnh, toàn thành phố
chú ý, chú trọng, quan tâm, coi trọng, đề cao, xem trọng, lưu tâm, để tâm, tận tình
nòng cốt, hạt nhân, xung kích, tình nguyện, tự nguyện, tự giác, tự chủ, tự lực
nhà sư
giao tiếp, giao lưu, giao dịch, giao khoán, giao thông nông thôn
thực tế, thực tiễn, thực chất, thực sự, thực lực, thực trạng, thực thi, thực hành, thực tập
số điện thoại
ngay cả, kể cả, kể từ, kể từ khi, kể từ ngày, trừ khi, ngoại trừ, ngoài việc, thay vì, thay cho
giá thị trường, có giá trị
hàng vạn, hàng vạn người, hàng ngàn, hàng chục, hàng tỷ, hàng tấn, vài chục, vài trăm, vài nghìn, mấy chục, mấy trăm, hàng loạt, số đông, đa phần, điểm phần trăm, tổng diện tích, tổng sản lượng, tổng giá trị, tổng thu, tổng chi, số liệu thống kê, gấp nhiều lần, hơn một nửa, một phần ba, khoảng chừng, lớn nhất, nhỏ nhất, đầu tiên, cuối cùng, thứ nhất, thứ hai, thứ ba, thứ tư, thứ năm, thứ sáu, thứ bảy, mùng một, ngày rằm, âm lịch, dương lịch, tháng giêng, tháng chạp, năm cũ
người nông dân, người phát ngôn, người đại diện, người mua, người bán, người thuê, người vi phạm, người tham gia, người tham dự, người xem, thanh thiếu niên, nhi đồng, học trò, bạn đọc, thính giả, khán thính giả, thợ xây, thợ may, thợ điện, thợ mộc, kỹ sư, kiến trúc sư, chuyên gia, tình nguyện viên, cộng tác viên, tuyên truyền viên, kiểm lâm viên, dân phòng, bảo vệ dân phố, thành viên, hội trưởng, phó chủ nhiệm, chủ nhiệm hợp tác xã, giám đốc hợp tác xã
`;
