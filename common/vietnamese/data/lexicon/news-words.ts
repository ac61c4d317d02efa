// Everyday words of Vietnamese news copy, listed without regard to overlap
// with the other blocks (duplicates are harmless).
export default `
bài học, bài báo, bài viết, bài hát, bài thơ, bài phát biểu, bài toán, bài tập, bài giảng, bản tin, bản tin thời sự, bản án, bản kiến nghị, bản cam kết, bản đăng ký, bản vẽ, bản sắc, bản lề, bản chất
bầu chọn, bầu bí, bầu cử, bầu không khí, bầu trời, bầu bạn, bầu làm, được bầu, tái đắc cử, đắc cử, trúng cử
câu chuyện, cây bút, cây đa, cây đàn, con tàu, con đò, con sông, con suối, con đê, con kênh, con mương, con dốc, con đèo, con trâu, con bò, con heo, con gà
chi hội, chi đoàn, chi bộ, chi cục, chi nhánh, chi phí, chi tiêu, chi trả, chi viện, chi tiết, chi ngân sách, chi thường xuyên, chi đầu tư
dân số, dân tộc, dân ca, dân gian, dân làng, dân chúng, dân ý, dân tình, dân nghèo, dân buôn, dân phố
đại biểu, đại diện, đại hội, đại học, đại lộ, đại dịch, đại trà, đại sứ quán, đại gia đình, đại đa số, đại bộ phận
đồng chí, đồng bào, đồng nghiệp, đồng hương, đồng minh, đồng tâm, đồng cảm, đồng điệu, đồng hành, đồng loạt, đồng khởi, đồng bằng, đồng cỏ, đồng xu
hộ dân, hộ gia đình, hộ nghèo, hộ tịch, hộ khẩu, hộ chiếu, hộ sinh, hộ lý, hộ vệ, hộ đê
hội nghị, hội thảo, hội thi, hội diễn, hội chợ, hội trại, hội làng, hội xuân, hội quán, hội đoàn, hội sở, hội viên, hội phí, hội đồng hương
khu dân cư, khu vực, khu phố, khu vườn, khu đất, khu chợ, khu nhà, khu trung tâm, khu di tích, khu tưởng niệm, khu bảo tồn, khu sinh thái, khu nghĩa trang, khu tái định cư, khu kinh tế
mặt trận, mặt đất, mặt trời, mặt trăng, mặt nước, mặt đường, mặt bằng, mặt hàng, mặt mạnh, mặt yếu, mặt tích cực, mặt trái, mặt tiền
người dân, người lao động, người bệnh, người già, người trẻ, người cao tuổi, người thân, người nhà, người mẹ, người cha, người con, người vợ, người chồng, người em, người anh, người chị, người bạn, người thầy
nhà máy, nhà xưởng, nhà kho, nhà văn hóa, nhà thờ, nhà trường, nhà nước, nhà nông, nhà báo, nhà văn, nhà thơ, nhà giáo, nhà khoa học, nhà đầu tư, nhà tài trợ, nhà hảo tâm, nhà sản xuất, nhà thầu, nhà quản lý, nhà lãnh đạo, nhà chức trách
nhân dân, nhân loại, nhân viên, nhân sự, nhân lực, nhân tài, nhân tố, nhân vật, nhân chứng, nhân đạo, nhân ái, nhân văn, nhân hậu, nhân nghĩa, nhân cách, nhân phẩm, nhân quyền, nhân khẩu, nhân giống, nhân rộng, nhân dịp
phong trào, phong tục, phong cách, phong cảnh, phong phú, phong tặng, phong ba, tiên phong, xung phong
quà tặng, quà tết, quà lưu niệm, món quà, phần quà, suất quà, tặng quà, trao quà, nhận quà
sân chơi, sân bóng, sân trường, sân khấu, sân bay, sân vận động, sân đình, sân nhà, sân phơi
tấm lòng, tấm gương, tấm bằng, tấm ảnh, tấm lợp, tấm biển, tấm thiệp
thôn bản, thôn xóm, thôn làng, thôn quê, làng quê, làng xã, làng bản, xóm làng, buôn làng, bản làng, phum sóc
thư viện, thư điện tử, thư ký, thư mời, thư cảm ơn, thư chúc mừng, thư khen, thư từ, lá thư, bức thư
trường học, trường lớp, trường hợp, trường đua, trường quay, trường thi, trường nội trú, trường tư thục
việc làm, việc nhà, việc nước, việc học, việc thiện, việc tốt, việc riêng, việc chung, việc lớn, việc nhỏ, công việc, sự việc, vụ việc
vùng cao, vùng sâu, vùng xa, vùng biên, vùng trũng, vùng ven, vùng đồi, vùng núi, vùng đồng bằng, vùng nông thôn, vùng đô thị, vùng khó khăn, vùng đặc biệt khó khăn, vùng dân tộc thiểu số, vùng miền, vùng đất
xe đạp, xe máy, xe hơi, xe buýt, xe tải, xe khách, xe cứu thương, xe công nông, xe kéo, xe ba gác, xe bồn, xe đưa đón, xe chuyên dụng
tuổi thơ, tuổi trẻ, tuổi già, tuổi đời, tuổi nghề, tuổi đảng, tuổi tác, độ tuổi, cao tuổi, lớn tuổi, nhỏ tuổi, đủ tuổi, trong độ tuổi, tròn tuổi
màu xanh, màu đỏ, màu vàng, màu trắng, màu đen, màu sắc, sắc màu, xanh tươi, đỏ tươi, vàng óng, trắng xóa
ngày đêm, ngày mùa, ngày hội, ngày lễ, ngày tết, ngày công, ngày làm việc, ngày nghỉ, ngày sinh, ngày giỗ, ngày thường, ngày xưa, ngày nay, ngày mai, ngày kia, hằng ngày
đêm khuya, đêm qua, đêm nay, đêm hội, đêm văn nghệ, đêm giao thừa, đêm trăng, ban đêm, nửa đêm, suốt đêm, thâu đêm
mùa xuân, mùa hè, mùa thu, mùa đông, mùa mưa, mùa khô, mùa lũ, mùa vụ, mùa gặt, mùa thi, mùa tựu trường, mùa du lịch, mùa lễ hội, mùa màng
tết nguyên đán, tết trung thu, tết thiếu nhi, tết trồng cây, tết đoàn viên, tết sum vầy, tết ấm, tết vì người nghèo, chợ tết, quà tết, mâm cỗ
nước mắt, nụ cười, giọng nói, tiếng cười, tiếng hát, tiếng nói, ánh mắt, bàn tay, đôi tay, đôi chân, khuôn mặt, mái tóc, tấm lưng, trái tim, tâm hồn, tấm thân
niềm vui, nỗi buồn, nỗi lo, nỗi đau, niềm tin, niềm hạnh phúc, niềm xúc động, niềm tự hào, niềm mong mỏi, nỗi nhớ, nỗi niềm
lòng tin, lòng yêu nước, lòng biết ơn, tấm lòng vàng, hết lòng, thật lòng, vui lòng, hài lòng, đồng lòng, an lòng, yên lòng, bằng lòng, lòng dân
`;
