// General vocabulary and everyday collocations (function words, time, quantity,
// common verbs and adjectives). One entry per comma; see ../../README.md.
export default `
có thể, không thể, có lẽ, có khi, có lúc, có nhiều, có một, có những, có được, có ý kiến, có hiệu quả, có trách nhiệm
không có, không còn, không được, không phải, không chỉ, không những, không ngừng, không nên, không cần, không khí
đã được, đã có, đã và đang, đang được, sẽ được, sẽ có, vẫn còn, vẫn là, cũng như, cũng là, cũng có, cũng đã
bởi vì, bởi lẽ, vì vậy, vì thế, do đó, do vậy, cho nên, tuy nhiên, tuy vậy, mặc dù, dù vậy, nhưng mà, song song
trong khi, trong đó, trong số, trong năm, trong tháng, trong thời gian, trong những năm qua, trong quá trình, trong lúc
ngoài ra, bên cạnh, bên cạnh đó, đồng thời, cùng với, cùng lúc, cùng nhau, với nhau, lẫn nhau, giúp đỡ lẫn nhau
theo đó, theo như, theo dõi, theo kế hoạch, theo quy định, nhằm mục đích, nhằm tạo, nhằm nâng cao, nhằm đảm bảo
để lại, để ý, để cho, để có, để được, sao cho, cho đến, cho đến nay, cho biết, cho thấy, cho rằng, cho phép
đến nay, đến năm, đến tháng, đến ngày, đến với, từ đó, từ khi, từ ngày, từ năm, từ nay, từ trước, từ đầu năm
hiện nay, hiện tại, hiện có, hiện đang, hiện trạng, hiện tượng, hiện thực, hiện đại, thực hiện, thể hiện, xuất hiện, phát hiện
năm nay, năm qua, năm tới, năm sau, năm trước, năm học, năm ngoái, hằng năm, hàng năm, cuối năm, đầu năm, giữa năm, cả năm
tháng này, tháng trước, tháng tới, hằng tháng, hàng tháng, cuối tháng, đầu tháng, giữa tháng
tuần này, tuần qua, tuần tới, hằng tuần, hàng tuần, cuối tuần, đầu tuần, ngày mai, hôm nay, hôm qua, hôm sau, hôm trước
buổi sáng, buổi chiều, buổi tối, buổi trưa, ban ngày, ban đêm, sáng nay, chiều nay, tối nay, đêm qua, sáng sớm
thời gian, thời điểm, thời kỳ, thời hạn, thời tiết, thời sự, thời cơ, thời gian qua, thời gian tới, kịp thời, đồng thời, tạm thời
lúc này, lúc đó, khi đó, khi nào, bao giờ, bao nhiêu, bao gồm, bao quát, bao phủ, mỗi ngày, mỗi năm, mỗi người
tất cả, toàn bộ, toàn thể, toàn diện, hoàn toàn, hầu hết, phần lớn, phần nào, một số, một phần, một cách, một trong những
nhiều nơi, nhiều người, nhiều năm, nhiều lần, nhiều loại, nhiều hơn, rất nhiều, khá nhiều, ngày càng, càng ngày càng
các loại, mọi người, mọi nơi, mọi lúc, mọi mặt, mọi việc, những người, những năm, những ngày, những việc
người dân, người dân địa phương, bà con, bà con nhân dân, nhân dân, dân cư, người lao động, người cao tuổi, người già, người trẻ
gia đình, hộ gia đình, con cái, con em, cha mẹ, ông bà, vợ chồng, anh em, chị em, họ hàng, làng xóm, hàng xóm
trẻ em, thanh niên, thiếu niên, thiếu nhi, phụ nữ, nam giới, nữ giới, cụ ông, cụ bà, học sinh, sinh viên
quan trọng, cần thiết, cấp thiết, cấp bách, khẩn trương, nghiêm túc, tích cực, chủ động, hiệu quả, thiết thực, kịp thời
thuận lợi, khó khăn, khó khăn vướng mắc, vướng mắc, hạn chế, tồn tại, yếu kém, bất cập, thách thức, cơ hội
to lớn, rộng lớn, rộng rãi, sâu rộng, sâu sắc, mạnh mẽ, vững chắc, vững mạnh, bền vững, ổn định, liên tục
đầy đủ, đồng bộ, đồng đều, hợp lý, phù hợp, chính xác, cụ thể, rõ ràng, minh bạch, công khai, công bằng, dân chủ
tốt đẹp, tốt nhất, tốt hơn, xấu đi, khá tốt, tương đối, đáng kể, đáng chú ý, nổi bật, tiêu biểu, điển hình
mới đây, gần đây, sắp tới, trước đây, trước đó, sau đó, sau khi, trước khi, ngay sau, ngay từ, ngay lập tức
tiếp tục, tiếp theo, tiếp nhận, tiếp cận, tiếp xúc, tiếp đón, tiếp thu, tiếp sức, trực tiếp, gián tiếp
bắt đầu, kết thúc, hoàn thành, hoàn thiện, hoàn tất, hoàn chỉnh, triển khai, tổ chức, diễn ra, tham gia, tham dự
chuẩn bị, sắp xếp, bố trí, bảo đảm, đảm bảo, đảm nhận, đảm nhiệm, phân công, phân cấp, phân bổ, phân loại, phân tích
giải quyết, giải thích, giải pháp, giải đáp, giải phóng, giải ngân, giải thưởng, giải trí, hòa giải, tháo gỡ
nâng cao, tăng cường, đẩy mạnh, phát huy, phát triển, mở rộng, thúc đẩy, củng cố, duy trì, giữ vững, giữ gìn, gìn giữ
hỗ trợ, giúp đỡ, tạo điều kiện, điều kiện, tạo ra, tạo nên, tạo động lực, động lực, động viên, khích lệ, khuyến khích
kiểm tra, giám sát, theo dõi, đôn đốc, chỉ đạo, lãnh đạo, điều hành, quản lý, quản trị, vận hành, điều phối, phối hợp
báo cáo, đánh giá, tổng kết, sơ kết, rút kinh nghiệm, kinh nghiệm, nhận xét, nhận định, khẳng định, nhấn mạnh, đề nghị
đề xuất, kiến nghị, đề ra, đặt ra, nêu ra, nêu rõ, chỉ ra, chỉ rõ, cho ý kiến, ý kiến, góp ý, tham mưu, tham khảo
thông báo, thông tin, thông qua, thông suốt, thông thường, truyền thông, tuyên truyền, phổ biến, quán triệt, vận động
công việc, nhiệm vụ, mục tiêu, chỉ tiêu, kế hoạch, chương trình, dự án, đề án, phương án, phương hướng, phương châm
kết quả, thành tích, thành tựu, thành công, thành quả, hiệu quả, chất lượng, số lượng, khối lượng, năng suất, sản lượng
nội dung, hình thức, phương pháp, phương thức, cách thức, biện pháp, giải pháp, cơ chế, chính sách, chế độ, chế tài
vấn đề, sự việc, sự kiện, tình hình, tình trạng, hoàn cảnh, trường hợp, điều kiện, yếu tố, nguyên nhân, hậu quả
khu vực, địa bàn, địa phương, địa điểm, địa chỉ, vị trí, khu vực nông thôn, vùng sâu vùng xa, vùng sâu, vùng xa, miền núi
trung tâm, trụ sở, hội trường, nhà văn hóa, sân vận động, quảng trường, công viên, chợ, siêu thị
con người, con số, con đường, đường sá, cầu cống, nhà cửa, nhà ở, chỗ ở, nơi ở, đời sống, cuộc sống, sinh sống, sinh hoạt
tỷ lệ, tỉ lệ, phần trăm, trung bình, bình quân, tổng số, tổng cộng, tối đa, tối thiểu, ít nhất, nhiều nhất, cao nhất, thấp nhất
tăng lên, giảm xuống, tăng trưởng, sụt giảm, giảm thiểu, gia tăng, tăng thêm, so với, so với cùng kỳ, cùng kỳ, vượt kế hoạch
đạt được, đạt chuẩn, đạt yêu cầu, yêu cầu, nhu cầu, đòi hỏi, mong muốn, nguyện vọng, tâm tư, tâm tư nguyện vọng
ý nghĩa, ý thức, ý chí, nhận thức, trách nhiệm, nghĩa vụ, quyền lợi, lợi ích, quyền lợi hợp pháp, chính đáng
tình cảm, tinh thần, vật chất, đoàn kết, thống nhất, đồng lòng, chung tay, chung sức, góp sức, đóng góp, ủng hộ
cảm ơn, xin lỗi, chúc mừng, chào mừng, chào đón, hân hoan, phấn khởi, vui mừng, tự hào, xúc động, trân trọng
lắng nghe, chia sẻ, trao đổi, thảo luận, bàn bạc, thống nhất ý kiến, đối thoại, tiếp thu ý kiến, giải trình
gặp gỡ, gặp mặt, thăm hỏi, tặng quà, trao quà, thăm và tặng quà, trao tặng, trao học bổng, học bổng, trao giấy khen
xây dựng, sửa chữa, nâng cấp, cải tạo, làm mới, lắp đặt, thi công, khởi công, khánh thành, bàn giao, đưa vào sử dụng
sử dụng, tận dụng, lợi dụng, áp dụng, ứng dụng, vận dụng, khai thác, khai thác sử dụng, sử dụng hiệu quả
mua bán, mua sắm, buôn bán, trao đổi, kinh doanh, làm ăn, làm việc, việc làm, lao động, làm giàu, thoát nghèo
đi lại, qua lại, đi học, đi làm, về nhà, ra đường, lên đường, xuống đường, trở về, trở lại, quay lại, quay về
người ta, ai đó, cái gì, điều gì, việc gì, như vậy, như thế, như nhau, như sau, như trên, nói trên, nêu trên, dưới đây
nói chung, nói riêng, riêng biệt, đặc biệt, nhất là, chủ yếu, cơ bản, căn bản, chủ lực, mũi nhọn, then chốt, trọng tâm, trọng điểm
bước đầu, bước đột phá, đột phá, đột xuất, thường xuyên, định kỳ, liên tục, lâu dài, ngắn hạn, trung hạn, dài hạn
càng thêm, thêm nữa, hơn nữa, ngoài ra còn, còn lại, còn nhiều, còn ít, còn thấp, vẫn chưa, chưa có, chưa được, chưa cao
ra sao, thế nào, như thế nào, làm sao, tại sao, vì sao, hay không, có hay không, được không, đúng không
cả nước, toàn quốc, trên cả nước, trong nước, ngoài nước, nước ngoài, quốc tế, khu vực, thế giới, toàn cầu
mưa lớn, mưa bão, mưa lũ, nắng nóng, giá rét, rét đậm, rét hại, gió mùa, không khí lạnh, thời tiết, khí hậu, biến đổi khí hậu
sạch sẽ, gọn gàng, ngăn nắp, khang trang, sạch đẹp, xanh sạch đẹp, văn minh, hiện đại, tiện nghi, an toàn
cảm thấy, nhận thấy, nhìn thấy, thấy rõ, hiểu rõ, biết rõ, nắm rõ, nắm bắt, nắm vững, ghi nhận, ghi nhớ
mới có, mới được, mới là, mới mẻ, đổi mới, cải cách, cải thiện, cải tiến, sáng tạo, sáng kiến, năng động
gần như, hầu như, dường như, tựa như, giống như, khác nhau, khác biệt, tương tự, tương đương, tương ứng
sẵn sàng, sẵn có, kịp thời, nhanh chóng, nhanh gọn, chậm trễ, chậm tiến độ, tiến độ, đúng tiến độ, đúng hạn, quá hạn
khoảng cách, khoảng thời gian, khoảng, trên dưới, xấp xỉ, gần bằng, gấp đôi, gấp ba, một nửa, hàng trăm, hàng nghìn, hàng triệu
tỷ đồng, triệu đồng, nghìn đồng, ngàn đồng, nghìn tỷ, tỷ đô la, đô la, ngân sách, kinh phí, nguồn vốn, vốn
đồng chí, ông, bà, anh, chị, em, cháu, các đồng chí, quý vị, đại biểu, khách mời, đại diện, thay mặt
phát biểu, phát biểu chỉ đạo, phát biểu khai mạc, phát biểu bế mạc, khai mạc, bế mạc, chủ trì, đồng chủ trì, điều hành
chủ đề, chủ đạo, chủ quan, khách quan, chủ yếu, chủ nhật, chủ nhiệm, chủ tịch, chủ trương, chủ động, chủ thể, chủ quyền
tham quan, du lịch, nghỉ ngơi, nghỉ mát, nghỉ lễ, nghỉ phép, nghỉ hưu, về hưu, hưu trí, lương hưu
gặp khó khăn, gặp nhiều khó khăn, vượt qua khó khăn, vượt khó, khắc phục khó khăn, khắc phục hậu quả
điều chỉnh, bổ sung, sửa đổi, sửa đổi bổ sung, thay đổi, thay thế, chuyển đổi, chuyển giao, chuyển biến, chuyển dịch
xác định, xác nhận, xác minh, xác lập, thiết lập, thành lập, hình thành, sáp nhập, hợp nhất, chia tách, giải thể
quy mô, quy hoạch, quy định, quy chế, quy trình, quy tắc, quy luật, quy chuẩn, tiêu chuẩn, tiêu chí, định mức
rà soát, thống kê, điều tra, khảo sát, nghiên cứu, tìm hiểu, tìm kiếm, tìm ra, phát hiện, kịp thời phát hiện
bảo vệ, bảo quản, bảo tồn, bảo dưỡng, bảo trì, bảo hành, bảo hiểm, bảo hộ, bảo lãnh, bảo trợ, bảo tàng
nhận được, nhận thấy, tiếp nhận, công nhận, thừa nhận, ghi nhận, chấp nhận, xác nhận, nhận diện, nhận biết
vượt qua, vượt trội, vượt bậc, vượt mức, vươn lên, đi lên, tiến lên, nâng lên, đưa lên, đưa ra, đưa vào, đưa về
tiêu dùng, tiêu thụ, tiêu hao, chi tiêu, chi phí, chi trả, thanh toán, thu chi, thu nhập, doanh thu, lợi nhuận
khởi sắc, khởi động, khởi đầu, khởi nghiệp, khởi tố, khởi nghĩa, khởi hành, khởi xướng
vừa qua, vừa rồi, vừa mới, mới rồi, vào ngày, vào lúc, vào năm, vào dịp, nhân dịp, dịp này, dịp lễ, dịp Tết
trên địa bàn, địa bàn huyện, địa bàn xã, địa bàn tỉnh, trên toàn huyện, toàn huyện, toàn xã, toàn tỉnh, toàn thành phố
lưu ý, chú ý, chú trọng, quan tâm, coi trọng, đề cao, xem trọng, lưu tâm, để tâm, tâm huyết, tận tâm, tận tình
gương mẫu, tiên phong, đi đầu, nòng cốt, hạt nhân, xung kích, tình nguyện, tự nguyện, tự giác, tự chủ, tự lực
nhà nước, nhà nước pháp quyền, nhà đầu tư, nhà khoa học, nhà báo, nhà giáo, nhà văn, nhà thơ, nhà sư, nhà thờ, nhà máy
giao thông, giao tiếp, giao lưu, giao dịch, giao nhiệm vụ, bàn giao, giao đất, giao khoán, giao ban, giao thông nông thôn
thực tế, thực tiễn, thực chất, thực sự, thực lực, thực trạng, thực thi, thực hành, thực phẩm, thực tập
đường dây nóng, điện thoại, số điện thoại, thư điện tử, mạng xã hội, trang thông tin điện tử, cổng thông tin điện tử
ngay cả, kể cả, kể từ, kể từ khi, kể từ ngày, trừ khi, ngoại trừ, ngoài việc, thay vì, thay cho
giá cả, giá trị, giá thành, giá bán, giá thị trường, bình ổn giá, trị giá, có giá trị, đánh giá cao
`;
