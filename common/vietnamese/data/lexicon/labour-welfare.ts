// Labour and social welfare: jobs, wages, social insurance, children, the poor and
// people in need. Written for this project; see ../../README.md.
export default `
trẻ em, trẻ nhỏ, trẻ dưới, trẻ dưới một tuổi, trẻ dưới năm tuổi, trẻ dưới sáu tuổi, trẻ mồ côi, trẻ em nghèo, trẻ em có hoàn cảnh đặc biệt, trẻ em vùng cao, chăm sóc trẻ, giáo dục trẻ, trẻ đến trường
người nghèo, người già neo đơn, người lang thang, người vô gia cư, người nghiện, người nhiễm, người mắc bệnh, người bệnh nghèo, người tàn tật, người thân, người nhà, người thân của
tìm việc, tìm việc làm, xin việc, mất việc, nghỉ việc, thất nghiệp, việc làm ổn định, thu nhập ổn định, lương tháng, tiền thưởng, tiền hỗ trợ, tiền trợ cấp, tiền bồi thường, tiền đền bù
# Labour, social welfare
lao động nông thôn, trợ cấp thất nghiệp, giao dịch việc làm, phiên giao dịch việc làm, sàn giao dịch việc làm, đi làm việc ở nước ngoài, hợp đồng lao động, an toàn lao động, an toàn vệ sinh lao động, tai nạn lao động, tranh chấp lao động, đình công, công nhân, người sử dụng lao động
bảo hiểm xã hội bắt buộc, lương hưu, hưu trí, trợ cấp hằng tháng, trợ cấp một lần, chế độ, chế độ chính sách, gia đình liệt sĩ, thân nhân liệt sĩ, đài tưởng niệm, quy tập hài cốt, hài cốt liệt sĩ, xóa nhà tạm, nhà tạm, nhà dột nát, hộ thoát nghèo, hoàn cảnh đặc biệt khó khăn, bình đẳng giới, sau cai, tặng quà, trao quà, suất quà, thăm hỏi, động viên, cứu đói, hỗ trợ gạo, xe lăn
`;
