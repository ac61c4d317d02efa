// Frequent phrases of news reports (verbs with their usual complements and
// function words), so that ordinary sentences read as known pairs.
export default `
cho biết thêm, nhấn mạnh rằng, khẳng định rằng, tham dự buổi lễ, dự buổi lễ, diễn ra tại, tổ chức tại, được tổ chức, được triển khai, được thực hiện, đã được, đang được, sẽ được, được biết, theo ông, theo bà, theo anh, theo chị
tại hội nghị, tại buổi lễ, tại buổi làm việc, tại buổi gặp mặt, tại kỳ họp, tại đại hội, tại lễ khai mạc, tại địa phương, tại cơ sở, tại chỗ, tại nhà, tại trụ sở, tại hội trường, tại xã, tại huyện, tại thôn, tại buôn
phát biểu tại, chia sẻ tại, báo cáo tại, trao đổi với phóng viên, trả lời phỏng vấn, cho hay, thông tin thêm, đánh giá rằng, lưu ý rằng, nói rằng, biết rằng, tin rằng
đã có, đã tổ chức, đã triển khai, đã thực hiện, đã hoàn thành, đã đạt, đã đạt được, đã giải quyết, đã xử lý, đã hỗ trợ, đã trao, đã tặng, đã vận động, đã kiểm tra, đã phát hiện, đã bắt giữ, đã khởi tố, đã ban hành, đã phê duyệt, đã chỉ đạo, đã đề nghị, đã kiến nghị, đã xây dựng, đã đầu tư, đã giải ngân, đã cấp, đã chi trả, đã tiếp nhận, đã đón, đã thu hút, đã góp phần, đã trở thành
đang triển khai, đang thực hiện, đang xây dựng, đang thi công, đang hoàn thiện, đang điều trị, đang tiến hành, đang khẩn trương, đang gặp khó khăn, đang có xu hướng
sẽ tổ chức, sẽ triển khai, sẽ tiếp tục, sẽ hoàn thành, sẽ được đầu tư, sẽ xử lý, sẽ có, sẽ diễn ra
tiếp tục thực hiện, tiếp tục triển khai, tiếp tục đẩy mạnh, tiếp tục nâng cao, tiếp tục phát huy, tiếp tục quan tâm, tiếp tục chỉ đạo, tiếp tục theo dõi, tiếp tục hỗ trợ
góp phần thúc đẩy, góp phần giảm nghèo, góp phần xây dựng, góp phần bảo đảm, góp phần ổn định
nhằm nâng cao, nhằm đáp ứng, nhằm tạo điều kiện, nhằm bảo đảm, nhằm giúp, nhằm thúc đẩy, nhằm phát huy, nhằm kịp thời, để kịp thời, để bảo đảm, để nâng cao, để phục vụ
phục vụ nhân dân, phục vụ người dân, phục vụ sản xuất, phục vụ sinh hoạt, phục vụ nhu cầu, phục vụ du khách, phục vụ công tác, phục vụ đời sống
người dân địa phương, người dân trên địa bàn, bà con trong thôn, bà con nông dân, bà con dân tộc, đông đảo người dân, đông đảo bà con, hàng trăm người, hàng nghìn người
trên địa bàn xã, trên toàn quốc, trên cả nước, trên mạng xã hội, trên các tuyến đường, trên tuyến đường, trên đường đi
trong thời gian qua, trong những năm gần đây, trong năm qua, trong năm nay, trong năm tới, trong tháng tới, trong tháng qua, trong dịp này, trong dịp tết, trong dịp lễ, trong mùa mưa, trong mùa khô, trong đợt này
so với cùng kỳ năm trước, so với kế hoạch, so với đầu năm, so với năm ngoái
vào cuối năm, vào đầu năm, vào dịp, vào thời điểm, vào ngày, vào sáng, vào chiều, vào tối, vào đêm, vào lúc, vào năm, vào tháng, vào cuộc
từ nguồn vốn, từ ngân sách, từ nguồn ngân sách, từ nguồn xã hội hóa, từ chương trình, từ năm, từ ngày, từ đó đến nay
với sự tham gia, với sự tham dự, với sự hỗ trợ, với sự phối hợp, với chủ đề, với mục tiêu, với tổng kinh phí, với tổng mức đầu tư, với quy mô, với nhiều hoạt động
của huyện, của xã, của tỉnh, của thôn, của người dân, của nhân dân, của đảng, của nhà nước, của chính phủ, của ngành, của địa phương, của đơn vị, của gia đình, của bà con, của các cấp
cho người dân, cho nhân dân, cho bà con, cho học sinh, cho các em, cho hộ nghèo, cho các hộ, cho đoàn viên, cho hội viên, cho cán bộ, cho người lao động, cho trẻ em, cho người cao tuổi
là một trong những, là người, là nơi, là dịp, là điều kiện, là cơ sở, là nhiệm vụ, là giải pháp, là động lực, là niềm tự hào, là hoạt động, là mô hình
có hoàn cảnh khó khăn, có thành tích, có thành tích xuất sắc, có nhiều đóng góp, có uy tín, có chất lượng, có trách nhiệm, có ý nghĩa, có vai trò, có nhu cầu
học sinh có hoàn cảnh khó khăn, gia đình có hoàn cảnh khó khăn, hộ có hoàn cảnh khó khăn
bị hư hỏng, bị ngập, bị sạt lở, bị cuốn trôi, bị bắt, bị xử phạt, bị phạt, bị khởi tố, bị tạm giữ, bị ảnh hưởng, bị chậm, bị xuống cấp, bị ô nhiễm, bị lừa, bị mất, bị cháy
người bị thương, người tử vong, người mất tích, nóc nhà, con đường, tuyến đường, cây cầu, ngôi trường, ngôi chùa, ngôi đình
đến cuối năm, đến hết năm, đến năm, đến ngày, đến tháng, đến thăm, đến với, đến từ, đến tận, đến tay, đến trường
nhiều năm qua, nhiều năm liền, nhiều năm nay, nhiều hoạt động, nhiều nội dung, nhiều giải pháp, nhiều mô hình, nhiều hộ dân, nhiều gia đình, nhiều địa phương, nhiều đơn vị, nhiều ý kiến, nhiều khó khăn, nhiều tuyến đường, nhiều công trình
các hoạt động, các nội dung, các giải pháp, các mô hình, các chương trình, các dự án, các công trình, các chỉ tiêu, các nhiệm vụ, các chính sách, các quy định, các văn bản, các ý kiến, các kiến nghị, các vụ việc, các trường hợp, các đối tượng, các vi phạm
một số, một trong, một cách, một lần, một người, một năm, một ngày, một thời gian, một số nơi, một số hộ, một số xã, một số đơn vị
hơn nữa, hơn hết, hơn bao giờ hết, hơn một, hơn hai, hơn ba, hơn năm, hơn mười, hơn trăm, gần như, gần một, gần hai, gần ba, khoảng một, khoảng hai
đối với các, đối với người, đối với hộ, đối với học sinh, đối với cán bộ, đối với doanh nghiệp, đối với trường hợp, đối với đảng viên
để người dân, để bà con, để học sinh, để các em, để doanh nghiệp, để đơn vị, để sớm, để nhân rộng
mới đây, vừa qua, vừa diễn ra, vừa tổ chức, vừa khánh thành, vừa hoàn thành, vừa được, vừa có, vừa ban hành, vừa phát hiện
lên đến, lên tới, xuống còn, giảm còn, tăng lên, còn lại, còn tồn tại, còn hạn chế, còn khó khăn, còn nhiều, còn thấp, còn chậm
sinh năm, năm sinh, quê quán, trú tại, thường trú tại, tạm trú tại, ở thôn, ở xã, ở buôn, ở tổ dân phố, ở địa phương, ở nhà, ở trường
mừng đảng, mừng lúa mới, mừng năm mới, chúc mừng năm mới, năm mới, xuân mới, tết đến xuân về
`;
