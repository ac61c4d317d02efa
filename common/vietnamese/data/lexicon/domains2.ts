// A second pass over the domains: words that district news uses but the
// first blocks missed (sport, culture, health, law, trade, daily life).
export default `
giành chức vô địch, chức vô địch, vô địch, ngôi vô địch, đoạt chức vô địch, giành ngôi vô địch, giành huy chương vàng, giành quyền, giành lại, giành thắng lợi, tranh chức vô địch, ngôi á quân, ngôi đầu, bảng xếp hạng, xếp hạng, lượt trận, trận đấu, trận chung kết, bàn thắng, ghi bàn, cầu thủ, thủ môn, tiền đạo, hậu vệ
kháng sinh, thuốc kháng sinh, kháng thể, miễn dịch, hệ miễn dịch, lây nhiễm, lây lan, lây truyền, nhiễm bệnh, nhiễm trùng, nhiễm khuẩn, viêm phổi, viêm gan, sốt cao, ho, sổ mũi, đau đầu, co giật, hôn mê, cấp cứu kịp thời, phác đồ, phác đồ điều trị, bệnh viện tuyến trên, chuyển tuyến
phòng sởi, phòng dại, phòng lao, phòng bệnh, phòng cúm, phòng ngừa dịch, tiêm phòng sởi, vắc xin sởi, vắc xin phòng bệnh, sởi rubella, thủy đậu, quai bị, sốt xuất huyết
trình báo, đơn trình báo, tin báo, tố giác tội phạm, tin báo tội phạm, trình diện, trình bày, trình tự, trình tự thủ tục, tờ khai, khai báo, kê khai, báo án
tham quan, du khách tham quan, tham quan học tập, tham quan trải nghiệm, chuyến tham quan, đi tham quan, đoàn tham quan, điểm tham quan
sân khấu, sân khấu hóa, tiết mục văn nghệ, hát múa, ca múa, ca múa nhạc, đêm nhạc, nhạc cụ, đàn đá, đàn t'rưng, khèn, sáo, trống, chiêng, cồng chiêng, múa xoang, hát ru, hát giao duyên, trò chơi dân gian, ném còn, kéo co, đánh quay, nhảy sạp, bắn nỏ, đua ngựa, đua voi, đâm trâu
bảo tồn, bảo tồn và phát huy, phát huy giá trị, giá trị di sản, gìn giữ bản sắc, văn hóa phi vật thể, truyền dạy, trao truyền, kế thừa, lưu truyền, sưu tầm, phục dựng lễ hội, lễ cúng, lễ mừng lúa mới, lễ bỏ mả, lễ cầu mưa, lễ cúng bến nước, bến nước, rượu cần, nhà dài truyền thống
xét xử, xét xử sơ thẩm, xét xử phúc thẩm, tuyên phạt, tuyên phạt bị cáo, tội trộm cắp tài sản, tội cướp tài sản, tội lừa đảo chiếm đoạt tài sản, tội cố ý gây thương tích, tội vi phạm quy định về tham gia giao thông đường bộ, tội đánh bạc, tội tàng trữ trái phép chất ma túy, tội mua bán trái phép chất ma túy, tội giết người, tội hiếp dâm, năm tù, tháng tù, năm tù giam, tháng tù giam, hưởng án treo, thời gian thử thách
phê chuẩn, phê chuẩn quyết định, quyết định khởi tố, lệnh bắt, lệnh tạm giam, lệnh khám xét, khám xét, khám nơi ở, thu giữ, tang vật, đối tượng bỏ trốn, truy nã đặc biệt, đầu thú, đã ra đầu thú
chợ phiên, phiên chợ, chợ quê, chợ tết, chợ đêm, chợ đầu mối, hàng việt, người việt nam ưu tiên dùng hàng việt nam, đưa hàng việt về nông thôn, hàng việt về nông thôn, phiên chợ hàng việt, bình ổn giá, siêu thị mini, cửa hàng tạp hóa, tạp hóa
bồi thường thiệt hại, hỗ trợ thiệt hại, thiệt hại về người, thiệt hại về tài sản, thiệt hại ước tính, ước tính thiệt hại, tổng thiệt hại, khắc phục thiệt hại, mức độ thiệt hại, thiệt hại nặng, bị thiệt hại nặng
cấp giấy chứng nhận, cấp đổi, cấp lại, cấp mới, cấp căn cước, cấp sổ, cấp thẻ, cấp phát, cấp bằng, trao bằng, văn bằng, chứng chỉ, bằng tốt nghiệp
ô nhiễm không khí, ô nhiễm nguồn nước, ô nhiễm đất, ô nhiễm tiếng ồn, gây ô nhiễm, xả thải, xả rác, đốt rác, chôn lấp, tái chế, tái sử dụng, túi ni lông, rác thải nhựa, chống rác thải nhựa, xanh hóa
mặt bằng sạch, bằng phẳng, san lấp, san lấp mặt bằng, giải phóng mặt bằng, bàn giao mặt bằng, mặt bằng thi công, lán trại, máy xúc, máy ủi, xe lu, trạm trộn, trạm trộn bê tông
dạy học, giỏi giang, học giỏi, học sinh giỏi giang, giỏi nghề, giỏi việc nước đảm việc nhà, dạy giỏi, giáo viên dạy giỏi, chiến sĩ thi đua, lao động giỏi, nông dân giỏi, bí thư chi bộ giỏi, cán bộ giỏi
trọng thể, long trọng, trang trọng và ấm cúng, không khí trang trọng, buổi lễ trang trọng, trọng đại, sự kiện trọng đại, ý nghĩa trọng đại
xen canh, trồng xen, xen kẽ, đan xen, xen ghép, ghép cành, ghép chồi, cưa ghép, tái canh, trẻ hóa, cây già cỗi, già cỗi
trẻ em, trẻ nhỏ, trẻ sơ sinh, trẻ mầm non, trẻ dưới, trẻ dưới một tuổi, trẻ dưới năm tuổi, trẻ dưới sáu tuổi, trẻ mồ côi, trẻ em nghèo, trẻ em khuyết tật, trẻ em có hoàn cảnh đặc biệt, trẻ em vùng cao, chăm sóc trẻ, giáo dục trẻ, trẻ đến trường
chính quyền hai cấp, mô hình chính quyền, bộ máy hành chính, tinh gọn bộ máy, sắp xếp bộ máy, tinh gọn, hiệu lực hiệu quả, hoạt động hiệu lực hiệu quả, bộ máy tinh gọn
`;
