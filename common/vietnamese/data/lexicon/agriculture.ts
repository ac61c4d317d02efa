// Agriculture, forestry, fisheries, rural life.
export default `
nông nghiệp, nông thôn, nông nghiệp nông dân nông thôn, nông sản, nông lâm thủy sản, lâm nghiệp, thủy sản, ngư nghiệp, ngư dân, diêm nghiệp, diêm dân, khuyến nông, khuyến ngư, khuyến lâm
nông nghiệp công nghệ cao, nông nghiệp hữu cơ, nông nghiệp sạch, nông nghiệp sinh thái, nông nghiệp xanh, tái cơ cấu ngành nông nghiệp, tái cơ cấu, cơ giới hóa, cơ giới hóa nông nghiệp
trồng trọt, chăn nuôi, trồng lúa, cây lúa, lúa nước, lúa gạo, gạo, ruộng, ruộng lúa, đồng ruộng, cánh đồng, cánh đồng mẫu lớn, cánh đồng lớn, đồng lúa, thửa ruộng, mẫu ruộng, ruộng bậc thang
vụ mùa, vụ đông, vụ xuân, vụ hè thu, vụ đông xuân, vụ thu đông, vụ chiêm, vụ chiêm xuân, gieo cấy, gieo trồng, gieo sạ, cấy lúa, thu hoạch, gặt hái, mùa màng, bội thu, mất mùa, được mùa
năng suất, năng suất lúa, sản lượng, sản lượng lương thực, an ninh lương thực, tạ trên héc ta, tấn trên héc ta, héc ta, diện tích, diện tích gieo trồng, diện tích canh tác, canh tác
giống, giống lúa, giống cây trồng, giống vật nuôi, giống mới, giống lúa mới, giống chất lượng cao, cây giống, con giống, hạt giống, vườn ươm, ươm giống, nhân giống
phân bón, phân hữu cơ, phân chuồng, phân vi sinh, thuốc bảo vệ thực vật, bảo vệ thực vật, trạm bảo vệ thực vật, thuốc trừ sâu, phun thuốc, sâu bệnh, dịch hại, sâu cuốn lá, rầy nâu, đạo ôn, chuột hại
tưới tiêu, tưới nước, nước tưới, tưới tiết kiệm, tưới nhỏ giọt, làm đất, cày bừa, máy cày, máy gặt, máy gặt đập liên hợp, máy cấy, máy bơm, kênh mương nội đồng, dồn điền đổi thửa, dồn thửa đổi ruộng
cây trồng, cây ăn quả, cây ăn trái, cây công nghiệp, cây lâm nghiệp, cây dược liệu, dược liệu, rau màu, hoa màu, rau sạch, rau an toàn, rau củ quả, hoa quả, trái cây, cây cảnh, hoa cây cảnh
cà phê, hồ tiêu, cao su, điều, chè, trà, mía, sắn, ngô, khoai lang, khoai tây, đậu tương, lạc, vừng, bưởi, cam, quýt, chanh, xoài, nhãn, vải, thanh long, chuối, dứa, mít, sầu riêng, bơ, chôm chôm, dừa
chuyển đổi cơ cấu cây trồng, chuyển đổi cây trồng, cơ cấu cây trồng, cơ cấu mùa vụ, lịch thời vụ, khung lịch thời vụ, thời vụ, đúng thời vụ, xuống giống, đồng loạt, né rầy
chăn nuôi gia súc, gia súc, gia cầm, gia súc gia cầm, trâu bò, trâu, bò, lợn, heo, gà, vịt, ngan, ngỗng, dê, cừu, ong, nuôi ong, bò sữa, bò thịt, lợn thịt, gà thả vườn, trang trại chăn nuôi, gia trại
thú y, chi cục thú y, trạm thú y, dịch bệnh, dịch bệnh gia súc gia cầm, tiêm phòng, tiêm phòng vắc xin, tiêu độc khử trùng, khử trùng, vệ sinh chuồng trại, chuồng trại, dịch tả lợn châu phi, dịch tả lợn, lở mồm long móng, cúm gia cầm, viêm da nổi cục
nuôi trồng thủy sản, nuôi trồng, khai thác thủy sản, đánh bắt, đánh bắt xa bờ, tàu cá, ngư trường, nuôi tôm, tôm, cá, cua, ốc, nghêu, sò, hàu, cá tra, cá lồng, nuôi cá lồng, ao nuôi, ao hồ, đầm, đầm phá
rừng, trồng rừng, bảo vệ rừng, phát triển rừng, bảo vệ và phát triển rừng, rừng phòng hộ, rừng đặc dụng, rừng sản xuất, rừng tự nhiên, rừng trồng, độ che phủ rừng, che phủ rừng, giao khoán bảo vệ rừng, kiểm lâm, hạt kiểm lâm, cháy rừng, phòng cháy chữa cháy rừng, phá rừng, chặt phá rừng, khai thác gỗ, lâm sản
tiêu thụ nông sản, giá nông sản, được mùa mất giá, được giá, mất giá, thương lái, giải cứu nông sản, bảo quản sau thu hoạch, sau thu hoạch, sơ chế, chế biến sâu
vietgap, globalgap, tiêu chuẩn vietgap, an toàn thực phẩm, vệ sinh an toàn thực phẩm, mã số vùng trồng, vùng trồng, vùng nguyên liệu, vùng chuyên canh, chuyên canh, thâm canh, xen canh, luân canh, quảng canh
khuyến nông viên, cán bộ khuyến nông, tập huấn, tập huấn kỹ thuật, chuyển giao kỹ thuật, kỹ thuật canh tác, kỹ thuật chăn nuôi, kỹ thuật, mô hình trình diễn, trình diễn, hội thảo đầu bờ, đầu bờ, tham quan mô hình
thiếu nước, nắng hạn, nhiễm mặn, ngập mặn, úng ngập, lũ quét, lũ ống, mưa đá, dông lốc, lốc xoáy, sương muối, rét đậm rét hại, chống rét, chống rét cho trâu bò, bị thiệt hại, thiệt hại về tài sản
hộ nông dân, nông hộ, hợp tác xã nông nghiệp, hợp tác xã dịch vụ nông nghiệp, dịch vụ nông nghiệp, vật tư nông nghiệp, máy nông nghiệp, nông cụ, tích tụ ruộng đất, tích tụ đất đai, ruộng đất
thôn bản, làng quê, bộ mặt nông thôn, diện mạo nông thôn, đời sống nông dân, vườn mẫu, khu dân cư kiểu mẫu, vườn hộ, cải tạo vườn tạp, vườn tạp, ao vườn chuồng
trồng xen, xen kẽ, đan xen, xen ghép, ghép cành, ghép chồi, cưa ghép, tái canh, trẻ hóa, cây già cỗi, già cỗi
# Agriculture, new rural areas
tiêu chí, bộ tiêu chí, xã đạt chuẩn, huyện đạt chuẩn, nông sản sạch, sản phẩm nông nghiệp, làm muối, vật nuôi, lúa lai, lúa thuần, lúa chất lượng cao, cây lâu năm, cây hàng năm, lúa, khoai, mắc ca, vải thiều, măng cụt, bò sinh sản, đàn bò, đàn trâu, đàn lợn, tổng đàn, kiên cố hóa kênh mương, hồ đập, nông nghiệp tuần hoàn, ứng dụng công nghệ cao, nhà màng, nhà lưới, đầu ra, trang trại, kinh tế vườn, ocop, mỗi xã một sản phẩm, chuyển giao khoa học kỹ thuật, mô hình, hộ sản xuất kinh doanh giỏi, ngành nghề nông thôn, khai thác rừng, gỗ rừng trồng, keo, bạch đàn, quế, hồi, tôm thẻ, tôm sú, lồng bè, khai thác hải sản, bám biển
# Animals, plants and produce
con bò, con trâu, con lợn, con heo, con gà, con vịt, con ngan, con ngỗng, con dê, con cừu, con ngựa, con chó, con mèo, con cá, con tôm, con cua, con ốc, con ong, con tằm, bò lai, bò vàng, dê cừu, lợn nái, gà ri, vịt đẻ, cá chép, cá rô phi, cá trắm, cá lóc, cá basa, cá ngừ, cá nước ngọt, nuôi tằm, trồng dâu nuôi tằm, mật ong, thịt heo, lông gà, trứng vịt, đàn dê, đàn gà, đàn vịt, đàn ong, cây ngô, cây sắn, cây mía, cây chè, cây keo, cây quế, cây cao su, cây cà phê, cây hồ tiêu, cây điều, cây bưởi, cây cam, cây xoài, cây nhãn, cây vải, cây chuối, cây dừa, cây thanh long, cây sầu riêng, cây bóng mát, cây xanh đô thị, hoa đào, hoa mai, hoa lan, hoa hồng, hoa cúc, làng hoa, rau cải, rau muống, bắp cải, su hào, cà chua, dưa hấu, dưa lưới, đậu xanh, đậu đen, lạc nhân, hạt điều, hạt tiêu, quả bơ, quả mít, măng tre, nấm rơm, nấm linh chi, sâm ngọc linh
# Moved from the files named by kind on 5 Dec 2026, sorted by keyword
đồng cỏ, khu vườn, sân phơi, vùng nông thôn, mùa vụ, bà con nông dân, mừng lúa mới, khu vực nông thôn, tổng sản lượng, người nông dân
chủ nhiệm hợp tác xã, giám đốc hợp tác xã, đàn gia súc, ngoài đồng, giá cà phê, giá heo, nghề cá, củ quả, đâm chồi, ruộng vườn, ươm mầm, vun trồng
trồng rau, trồng ngô, trồng sắn, trồng cà phê, trồng tiêu, trồng mới, trồng dặm, trồng hoa, trồng cỏ, trồng sầu riêng, trồng bơ, trồng mía, trồng dâu
trồng nấm, nuôi bò, nuôi lợn, nuôi heo, nuôi gà, nuôi vịt, nuôi cá, nuôi dê, nuôi trâu, nuôi dế, nuôi giun, nuôi nhốt, thả rông, gieo mạ, gieo hạt
làm cỏ, bón phân, tưới cây, tỉa cành, hái quả, hái chè, thu hái, phơi khô, sấy khô, xay xát, xát gạo, tách vỏ, vỏ cà phê, bóc vỏ, vỏ trấu
hộ chăn nuôi, hộ trồng, vỏ cây
# one-syllable words (no pair; an ordinary word)
sào, mẫu, thước, quả, phơi, sấy, rễ, cành, lá, hạt, củ, mầm, chồi, ngọn, gốc, mủ, bông, vườn, ao, rau, nương, rẫy, dế, giun, hái, trấu
`;
