// Everyday words and report phrases of Vietnamese news copy. An entry is in one
// block only (index.test.ts); words of a domain are in that domain's block.
export default `
bài học, bài báo, bài hát, bài thơ, bài phát biểu, bài toán, bài tập, bản tin thời sự, bản kiến nghị, bản cam kết, bản đăng ký, bản vẽ, bản lề, bản chất
bầu chọn, bầu bí, bầu không khí, bầu trời, bầu bạn, bầu làm, được bầu, tái đắc cử, đắc cử
câu chuyện, cây bút, cây đa, cây đàn, con tàu, con đò, con sông, con suối, con đê, con kênh, con mương, con dốc, con đèo
chi hội, chi đoàn, chi cục, chi trả, chi viện, chi tiết, chi đầu tư
dân gian, dân làng, dân chúng, dân ý, dân tình, dân nghèo, dân buôn, dân phố
đại diện, đại học, đại lộ, đại dịch, đại trà, đại sứ quán, đại gia đình, đại đa số, đại bộ phận
đồng chí, đồng nghiệp, đồng hương, đồng minh, đồng tâm, đồng cảm, đồng điệu, đồng khởi, đồng cỏ, đồng xu
hộ dân, hộ gia đình, hộ chiếu, hộ lý, hộ vệ, hộ đê
hội chợ, hội trại, hội làng, hội xuân, hội quán, hội đoàn, hội sở, hội phí, hội đồng hương
khu vực, khu vườn, khu đất, khu chợ, khu nhà, khu trung tâm, khu tưởng niệm, khu sinh thái, khu nghĩa trang
mặt đất, mặt trời, mặt trăng, mặt nước, mặt hàng, mặt mạnh, mặt yếu, mặt tích cực, mặt trái, mặt tiền
người dân, người già, người trẻ, người mẹ, người cha, người con, người vợ, người chồng, người em, người anh, người chị, người bạn, người thầy
nhà kho, nhà nông, nhà văn, nhà thơ, nhà khoa học, nhà tài trợ, nhà hảo tâm, nhà sản xuất, nhà quản lý, nhà lãnh đạo, nhà chức trách
nhân loại, nhân lực, nhân tài, nhân tố, nhân vật, nhân đạo, nhân ái, nhân văn, nhân hậu, nhân nghĩa, nhân cách, nhân phẩm, nhân quyền, nhân khẩu, nhân rộng, nhân dịp
phong cách, phong cảnh, phong phú, phong tặng, phong ba, tiên phong, xung phong
quà tết, quà lưu niệm, món quà, phần quà, nhận quà
sân chơi, sân trường, sân đình, sân nhà, sân phơi
tấm lòng, tấm bằng, tấm ảnh, tấm lợp, tấm biển, tấm thiệp
thôn làng, thôn quê, làng xã, làng bản, xóm làng, buôn làng, bản làng, phum sóc
thư ký, thư mời, thư cảm ơn, thư chúc mừng, thư khen, thư từ, lá thư, bức thư
trường hợp, trường đua, trường quay, trường thi, trường nội trú, trường tư thục
việc nhà, việc nước, việc học, việc thiện, việc tốt, việc riêng, việc chung, việc lớn, việc nhỏ, công việc, sự việc, vụ việc
vùng biên, vùng trũng, vùng ven, vùng đồi, vùng đồng bằng, vùng nông thôn, vùng đô thị, vùng đặc biệt khó khăn, vùng dân tộc thiểu số, vùng miền, vùng đất
xe hơi, xe công nông, xe kéo, xe ba gác, xe bồn, xe đưa đón, xe chuyên dụng
tuổi thơ, tuổi già, tuổi đời, tuổi nghề, tuổi tác, độ tuổi, cao tuổi, lớn tuổi, nhỏ tuổi, đủ tuổi, trong độ tuổi, tròn tuổi
màu xanh, màu đỏ, màu vàng, màu trắng, màu đen, sắc màu, xanh tươi, đỏ tươi, vàng óng, trắng xóa
ngày đêm, ngày mùa, ngày tết, ngày công, ngày sinh, ngày thường, ngày xưa, ngày nay, ngày mai, ngày kia, hằng ngày
đêm qua, đêm nay, đêm hội, đêm văn nghệ, đêm giao thừa, đêm trăng, suốt đêm, thâu đêm
mùa hè, mùa thu, mùa đông, mùa vụ, mùa gặt, mùa thi, mùa tựu trường, mùa du lịch, mùa lễ hội
tết đoàn viên, tết sum vầy, tết ấm, tết vì người nghèo, mâm cỗ
nước mắt, nụ cười, giọng nói, tiếng cười, tiếng hát, tiếng nói, ánh mắt, bàn tay, đôi tay, đôi chân, khuôn mặt, mái tóc, tấm lưng, trái tim, tâm hồn, tấm thân
nỗi lo, nỗi đau, niềm hạnh phúc, niềm xúc động, niềm tự hào, niềm mong mỏi, nỗi nhớ, nỗi niềm
lòng yêu nước, lòng biết ơn, tấm lòng vàng, hết lòng, thật lòng, vui lòng, hài lòng, an lòng, yên lòng, bằng lòng, lòng dân
trọng thể, long trọng, trang trọng và ấm cúng, không khí trang trọng, buổi lễ trang trọng, trọng đại, sự kiện trọng đại, ý nghĩa trọng đại
trên địa bàn, trên địa bàn huyện, trên địa bàn tỉnh, so với cùng kỳ, so với năm trước, cùng kỳ năm trước, trong thời gian tới, thời gian qua, trong năm, trong tháng, trong quý, từ đầu năm, từ đầu năm đến nay, đến nay, hiện nay, tính đến nay, tính đến ngày, trong đó, bên cạnh đó, ngoài ra, tuy nhiên, đồng thời, qua đó, nhờ đó, từ đó, do đó, vì vậy, theo đó, cụ thể là, nhằm mục đích, góp phần nâng cao, góp phần quan trọng, có hiệu quả, đạt hiệu quả, hiệu quả cao, kết quả tích cực, chuyển biến tích cực, tình hình thực tế, phù hợp với, phù hợp với thực tế, đúng đối tượng, kịp thời giải quyết, giải quyết kịp thời, dứt điểm, xử lý dứt điểm, tăng so với, giảm so với, đạt tỷ lệ, tỷ lệ đạt, chiếm tỷ lệ, trên tổng số, tổng kinh phí, tổng số tiền, trị giá, mỗi suất, mỗi người, mỗi năm, hằng năm, hằng tuần, hằng quý, giữa năm, đầu tháng, sáng nay, chiều nay, tối nay, hôm nay, hôm qua, tuần tới, tháng tới, năm nay, năm sau, năm trước, sắp tới, thời gian tới
tham dự, tham gia, tham mưu, tham khảo, tham luận, tham vấn, đến dự, về dự, có mặt tại, phát biểu chỉ đạo, phát biểu khai mạc, phát biểu bế mạc, biểu dương, đánh giá cao, chúc mừng, cảm ơn, đề nghị các, yêu cầu các, giao nhiệm vụ, chỉ đạo các, tập trung chỉ đạo, tập trung triển khai, quyết liệt triển khai, triển khai đồng bộ, đồng bộ các giải pháp, giải pháp đồng bộ, nhiệm vụ trọng tâm, nhiệm vụ giải pháp, giải pháp trọng tâm, khâu đột phá, đột phá, then chốt, nhiệm vụ then chốt, trọng tâm trọng điểm, lâu dài, thường xuyên liên tục, chặt chẽ, nề nếp, nền nếp, dân chủ công khai, tiết kiệm hiệu quả
đi vào hoạt động, đi vào nề nếp, đi đầu, dẫn đầu, đứng đầu, đứng thứ, xếp thứ, vươn lên, vượt khó, vượt lên, vượt qua khó khăn, khắc phục khó khăn, tháo gỡ khó khăn, vượt chỉ tiêu, đạt chỉ tiêu, hoàn thành chỉ tiêu, hoàn thành kế hoạch, vượt kế hoạch, đạt kế hoạch, đạt và vượt, trên đà, đà tăng, đà phục hồi, có xu hướng, có dấu hiệu, có nguy cơ, có khả năng, có thể xảy ra, xảy ra, diễn ra, tổ chức thành công, thành công tốt đẹp, kết thúc tốt đẹp, bế mạc thành công, chúc mừng thành công, góp phần vào, góp sức, chung tay góp sức, nhân rộng mô hình, mô hình hay, cách làm hay, cách làm mới, sáng kiến kinh nghiệm, gương điển hình, việc làm tốt, lan tỏa, lan tỏa mạnh mẽ, ghi dấu, để lại dấu ấn, tạo dấu ấn, tạo đột phá, tạo động lực, tạo nền tảng, tạo tiền đề, tiền đề, động lực, nội lực, ngoại lực, sức bật, bứt phá, cất cánh, phát triển nhanh và bền vững, nhanh và bền vững, xanh và bền vững, tăng trưởng xanh, kinh tế xanh, kinh tế tuần hoàn
`;
