// A third pass: public services, technology, transport, environment,
// social life and the verbs that go with them.
export default `
chuyển đổi số, chính phủ số, công dân số, nền tảng số, ứng dụng số, dữ liệu số, thanh toán số, hạ tầng số, kỹ năng số, tổ công nghệ số, tổ công nghệ số cộng đồng, số hóa hồ sơ, số hóa dữ liệu, kết nối mạng, mạng internet, phủ sóng, sóng điện thoại, cáp quang, điện thoại thông minh, máy vi tính, phần mềm, phần cứng, trang mạng, ứng dụng di động
tra cứu, tra cứu thông tin, tra cứu hồ sơ, nộp hồ sơ, nộp hồ sơ trực tuyến, trả kết quả, nhận kết quả, trả kết quả đúng hạn, quá hạn, trễ hạn, đúng hạn, giải quyết hồ sơ, thụ lý, thụ lý hồ sơ, thời hạn giải quyết
đèn tín hiệu, đèn giao thông, biển báo, vạch kẻ đường, gờ giảm tốc, dải phân cách, vỉa hè, lòng đường, lề đường, ngã ba, ngã tư, vòng xoay, cầu vượt, hầm chui, nút giao, điểm đen tai nạn, điểm đen
nước sinh hoạt, nước tưới, nước ngầm, giếng khoan, giếng đào, bể chứa, bồn chứa, đường ống, đường ống dẫn nước, trạm cấp nước, nhà máy nước, hệ thống cấp nước, nước máy, nước giếng, thiếu nước sinh hoạt
trạm biến áp, đường dây điện, cột điện, hành lang lưới điện, điện nông thôn, điện chiếu sáng công cộng, tiết kiệm điện, sử dụng điện, cắt điện, mất điện, cung cấp điện, công tơ điện, hóa đơn tiền điện, tiền điện, tiền nước
rác thải sinh hoạt, điểm tập kết rác, xe thu gom rác, đội thu gom rác, bãi chôn lấp, lò đốt rác, nhà máy xử lý rác, phân loại rác tại nguồn, ủ phân, hố rác, thùng rác, túi đựng rác
cây xanh, trồng cây xanh, hàng cây, thảm cỏ, bồn hoa, vườn hoa, đường hoa, tuyến đường hoa, con đường hoa, đường cây xanh, công viên cây xanh
người khuyết tật, người nghèo, người già neo đơn, người lang thang, người vô gia cư, người nghiện, người nhiễm, người mắc bệnh, người bệnh nghèo, người tàn tật, người thân, người nhà, người thân của
bếp ăn, bếp ăn tập thể, bữa ăn bán trú, suất ăn, nấu ăn, cơm trưa, bữa trưa, bữa sáng, bữa tối, ăn trưa, ăn sáng, ăn tối, ngủ trưa, giờ ăn, giờ học, giờ làm việc, giờ hành chính, ngoài giờ, ngoài giờ hành chính, ngày nghỉ, ngày lễ tết
đi học, đến lớp, tan học, tan trường, nghỉ học, bỏ học, học bơi, học chữ, học nghề, học lái xe, học hè, học sinh giỏi, học sinh yếu, học lực, hạnh kiểm tốt, lên lớp, lưu ban, ở lại lớp
tìm việc, tìm việc làm, xin việc, mất việc, nghỉ việc, thất nghiệp, việc làm ổn định, thu nhập ổn định, lương tháng, tiền công, tiền thưởng, tiền hỗ trợ, tiền trợ cấp, tiền bồi thường, tiền đền bù
xây nhà, sửa nhà, làm nhà, dựng nhà, nhà mới, nhà tạm, nhà dột nát, nhà kiên cố, nhà bán kiên cố, nhà cấp bốn, nhà sàn, nhà gỗ, nhà xây, ngôi nhà mới, căn nhà mới, mái tôn, mái ngói, tường gạch, nền nhà
mua sắm, mua bán, mua hàng, bán hàng, giao hàng, nhận hàng, đặt hàng, hàng hóa, hàng tiêu dùng, hàng thiết yếu, nhu yếu phẩm, lương thực thực phẩm, thực phẩm thiết yếu, mặt hàng thiết yếu
đi lại, qua lại, đi đường, đi xe, đi bộ, đi xe máy, đi ô tô, chở hàng, chở khách, chở người, xe chở, xe chở hàng, xe chở khách, xe khách, xe container, xe đầu kéo, xe ben, xe cứu hỏa, xe chữa cháy
tập thể dục, đi bộ thể dục, chạy bộ, đạp xe, bơi lội, rèn luyện sức khỏe, nâng cao sức khỏe, câu lạc bộ dưỡng sinh, dưỡng sinh, yoga, khiêu vũ, dân vũ, thể dục nhịp điệu
`;
