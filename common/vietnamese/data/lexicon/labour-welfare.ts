// Labour and social welfare: jobs, wages, social insurance, children, the poor and
// people in need. Written for this project; see ../../README.md.
export default `
trẻ em, trẻ nhỏ, trẻ dưới, trẻ dưới một tuổi, trẻ dưới năm tuổi, trẻ dưới sáu tuổi, trẻ mồ côi, trẻ em nghèo, trẻ em có hoàn cảnh đặc biệt, trẻ em vùng cao, chăm sóc trẻ, giáo dục trẻ, trẻ đến trường
người nghèo, người già neo đơn, người lang thang, người vô gia cư, người nghiện, người nhiễm, người mắc bệnh, người bệnh nghèo, người tàn tật, người thân, người nhà, người thân của
tìm việc, tìm việc làm, xin việc, mất việc, nghỉ việc, thất nghiệp, việc làm ổn định, thu nhập ổn định, lương tháng, tiền thưởng, tiền hỗ trợ, tiền trợ cấp, tiền bồi thường, tiền đền bù
# Labour, social welfare
lao động nông thôn, trợ cấp thất nghiệp, giao dịch việc làm, phiên giao dịch việc làm, sàn giao dịch việc làm, đi làm việc ở nước ngoài, hợp đồng lao động, an toàn lao động, an toàn vệ sinh lao động, tai nạn lao động, tranh chấp lao động, đình công, công nhân, người sử dụng lao động
bảo hiểm xã hội bắt buộc, lương hưu, hưu trí, trợ cấp hằng tháng, trợ cấp một lần, chế độ, chế độ chính sách, gia đình liệt sĩ, thân nhân liệt sĩ, đài tưởng niệm, quy tập hài cốt, hài cốt liệt sĩ, xóa nhà tạm, nhà tạm, nhà dột nát, hộ thoát nghèo, hoàn cảnh đặc biệt khó khăn, bình đẳng giới, sau cai, tặng quà, trao quà, suất quà, thăm hỏi, động viên, cứu đói, hỗ trợ gạo, xe lăn
# Moved from the files named by kind on 5 Dec 2026, sorted by keyword
dân nghèo, người trẻ, nhân đạo, nhân ái, quà tết, quà lưu niệm, món quà, phần quà, nhận quà, việc thiện, vùng đặc biệt khó khăn, tuổi nghề
tết vì người nghèo, tấm lòng vàng, mỗi suất, vượt khó, vượt qua khó khăn, khắc phục khó khăn, tháo gỡ khó khăn, việc làm tốt, đã hỗ trợ
đang gặp khó khăn, tiếp tục hỗ trợ, góp phần giảm nghèo, từ nguồn xã hội hóa, với sự hỗ trợ, cho hộ nghèo, cho người lao động, cho trẻ em
cho người cao tuổi, có hoàn cảnh khó khăn, gia đình có hoàn cảnh khó khăn, hộ có hoàn cảnh khó khăn, nhiều khó khăn, còn khó khăn, thiếu niên
nam giới, nữ giới, hoàn cảnh, thăm và tặng quà, nghỉ hưu, gặp khó khăn, gặp nhiều khó khăn, thanh thiếu niên, được hỗ trợ, hành nghề, hỗ trợ kỹ thuật
xã hội, hưởng lương, làm nghề, lao động phổ thông, lao động trẻ, bảng lương, nghề nghiệp, nghề dệt, nghề mộc, tay nghề, nghề nông, tình nghĩa
sức lao động, sự hỗ trợ, tăng lương, tình thương, việc làm mới, bạn trẻ, chăm lo, giới trẻ, lang thang, truyền nghề, hộ chính sách
# one-syllable words (no pair; an ordinary word)
suất, lương, trẻ, quà
`;
