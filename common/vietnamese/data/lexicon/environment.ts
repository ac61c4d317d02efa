// Land and environment: land use, pollution, waste, green spaces, natural disasters
// and the damage they cause. Written for this project; see ../../README.md.
export default `
hỗ trợ thiệt hại, thiệt hại về người, thiệt hại ước tính, ước tính thiệt hại, tổng thiệt hại, khắc phục thiệt hại, mức độ thiệt hại, thiệt hại nặng, bị thiệt hại nặng
ô nhiễm không khí, ô nhiễm nguồn nước, ô nhiễm đất, ô nhiễm tiếng ồn, gây ô nhiễm, xả thải, xả rác, đốt rác, chôn lấp, tái chế, tái sử dụng, túi ni lông, chống rác thải nhựa, xanh hóa
điểm tập kết rác, xe thu gom rác, đội thu gom rác, bãi chôn lấp, lò đốt rác, nhà máy xử lý rác, phân loại rác tại nguồn, ủ phân, hố rác, thùng rác, túi đựng rác
cây xanh, trồng cây xanh, hàng cây, thảm cỏ, bồn hoa, vườn hoa, đường hoa, tuyến đường hoa, con đường hoa, đường cây xanh, công viên cây xanh
# Land, environment
quản lý đất đai, biến động đất đai, chuyển nhượng quyền sử dụng đất, mục đích sử dụng đất, quy hoạch sử dụng đất, kế hoạch sử dụng đất, quy hoạch, điều chỉnh quy hoạch, bảng giá đất, giá đất, khung giá đất, hệ số điều chỉnh giá đất, tiền sử dụng đất, tiền thuê đất, thuê đất, hỗ trợ, bồi thường hỗ trợ tái định cư, mặt bằng sạch, kiểm đếm, đo đạc, đo đạc địa chính, bản đồ địa chính, hồ sơ địa chính, thửa đất, diện tích đất, đất lúa, đất rừng sản xuất, đất rừng phòng hộ, đất công ích, đất bãi bồi, lấn chiếm, lấn chiếm đất, khiếu nại đất đai, cưỡng chế thu hồi
chất thải nguy hại, vận chuyển rác, xử lý nước thải, hệ thống xử lý nước thải, tiếng ồn, đánh giá tác động môi trường, giấy phép môi trường, quan trắc, quan trắc môi trường, khai thác khoáng sản, khai thác cát, cát sỏi, mỏ đá, khai thác trái phép, biến đổi khí hậu, sạt lở bờ sông, độ che phủ, trồng cây, tết trồng cây, đa dạng sinh học, khu bảo tồn, vườn quốc gia, nguồn nước, nước sinh hoạt, xanh sạch đẹp
# Moved from the files named by kind on 5 Dec 2026, sorted by keyword
con sông, con suối, hộ đê, khu đất, khu sinh thái, vùng trũng, vùng đồi, vùng đồng bằng, vùng đất, trong mùa mưa, bị ngập, bị sạt lở, bị cuốn trôi
bị ô nhiễm, mưa lớn, mưa bão, mưa lũ, giá rét, khí hậu, chủ rừng, động đất, hệ sinh thái, khu rừng, nạn phá rừng, nghề rừng, bão nổi, sinh thái
thủy văn, vượt lũ, bão lũ, lượng mưa, ngập lụt, giông bão, dông sét, tốc mái, sập nhà, bật gốc, cuốn trôi, lũ cuốn, ngập sâu, ngập nhà, sụt lún
nứt nẻ, mưa bão lũ, phòng chống bão lũ, mùa mưa bão, cơn mưa, cơn lốc, cơn dông, cơn lũ, cơn gió, trận mưa, trận lũ, trận bão, đợt mưa, đợt rét
đợt nắng, mưa phùn, mưa to
# one-syllable words (no pair; an ordinary word)
sập, ngập, bão, lũ, lụt, mưa, nắng, gió, sấm, sét, lốc, dông, rét, đồi
`;
