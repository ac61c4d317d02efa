// Agriculture, forestry, fisheries, rural life.
export default `
nông nghiệp, nông thôn, nông dân, nông nghiệp nông dân nông thôn, nông sản, nông lâm thủy sản, lâm nghiệp, thủy sản, ngư nghiệp, ngư dân, diêm nghiệp, diêm dân, khuyến nông, khuyến ngư, khuyến lâm
sản xuất nông nghiệp, nông nghiệp công nghệ cao, nông nghiệp hữu cơ, nông nghiệp sạch, nông nghiệp sinh thái, nông nghiệp xanh, tái cơ cấu ngành nông nghiệp, tái cơ cấu, cơ giới hóa, cơ giới hóa nông nghiệp
trồng trọt, chăn nuôi, trồng lúa, cây lúa, lúa nước, lúa gạo, gạo, ruộng, ruộng lúa, đồng ruộng, cánh đồng, cánh đồng mẫu lớn, cánh đồng lớn, đồng lúa, thửa ruộng, mẫu ruộng, ruộng bậc thang
vụ mùa, vụ đông, vụ xuân, vụ hè thu, vụ đông xuân, vụ thu đông, vụ chiêm, vụ chiêm xuân, gieo cấy, gieo trồng, gieo sạ, cấy lúa, thu hoạch, gặt hái, mùa màng, bội thu, mất mùa, được mùa
năng suất, năng suất lúa, sản lượng, sản lượng lương thực, lương thực, an ninh lương thực, tạ trên héc ta, tấn trên héc ta, héc ta, diện tích, diện tích gieo trồng, diện tích canh tác, canh tác
giống, giống lúa, giống cây trồng, giống vật nuôi, giống mới, giống lúa mới, giống chất lượng cao, cây giống, con giống, hạt giống, vườn ươm, ươm giống, nhân giống
phân bón, phân hữu cơ, phân chuồng, phân vi sinh, thuốc bảo vệ thực vật, bảo vệ thực vật, trạm bảo vệ thực vật, thuốc trừ sâu, phun thuốc, sâu bệnh, dịch hại, sâu cuốn lá, rầy nâu, đạo ôn, chuột hại
tưới tiêu, tưới nước, nước tưới, tưới tiết kiệm, tưới nhỏ giọt, làm đất, cày bừa, máy cày, máy gặt, máy gặt đập liên hợp, máy cấy, máy bơm, kênh mương nội đồng, dồn điền đổi thửa, dồn thửa đổi ruộng
cây trồng, cây ăn quả, cây ăn trái, cây công nghiệp, cây lâm nghiệp, cây dược liệu, dược liệu, rau màu, hoa màu, rau sạch, rau an toàn, rau củ quả, hoa quả, trái cây, cây cảnh, hoa cây cảnh
cà phê, hồ tiêu, cao su, điều, chè, trà, mía, sắn, ngô, khoai lang, khoai tây, đậu tương, lạc, vừng, bưởi, cam, quýt, chanh, xoài, nhãn, vải, thanh long, chuối, dứa, mít, sầu riêng, bơ, chôm chôm, dừa
chuyển đổi cơ cấu cây trồng, chuyển đổi cây trồng, cơ cấu cây trồng, cơ cấu mùa vụ, lịch thời vụ, khung lịch thời vụ, thời vụ, đúng thời vụ, xuống giống, đồng loạt, né rầy
chăn nuôi gia súc, gia súc, gia cầm, gia súc gia cầm, trâu bò, trâu, bò, lợn, heo, gà, vịt, ngan, ngỗng, dê, cừu, ong, nuôi ong, bò sữa, bò thịt, lợn thịt, gà thả vườn, trang trại chăn nuôi, gia trại
thú y, chi cục thú y, trạm thú y, dịch bệnh, dịch bệnh gia súc gia cầm, tiêm phòng, tiêm phòng vắc xin, tiêu độc khử trùng, khử trùng, vệ sinh chuồng trại, chuồng trại, dịch tả lợn châu phi, dịch tả lợn, lở mồm long móng, cúm gia cầm, viêm da nổi cục
thủy sản, nuôi trồng thủy sản, nuôi trồng, khai thác thủy sản, đánh bắt, đánh bắt xa bờ, tàu cá, ngư trường, nuôi tôm, tôm, cá, cua, ốc, nghêu, sò, hàu, cá tra, cá lồng, nuôi cá lồng, ao nuôi, ao hồ, đầm, đầm phá
lâm nghiệp, rừng, trồng rừng, bảo vệ rừng, phát triển rừng, bảo vệ và phát triển rừng, rừng phòng hộ, rừng đặc dụng, rừng sản xuất, rừng tự nhiên, rừng trồng, độ che phủ rừng, che phủ rừng, giao khoán bảo vệ rừng, kiểm lâm, hạt kiểm lâm, cháy rừng, phòng cháy chữa cháy rừng, phá rừng, chặt phá rừng, khai thác gỗ, lâm sản
nông sản, tiêu thụ nông sản, giá nông sản, được mùa mất giá, được giá, mất giá, thương lái, giải cứu nông sản, bảo quản sau thu hoạch, sau thu hoạch, sơ chế, chế biến nông sản, chế biến sâu
vietgap, globalgap, tiêu chuẩn vietgap, an toàn thực phẩm, vệ sinh an toàn thực phẩm, mã số vùng trồng, vùng trồng, vùng nguyên liệu, vùng chuyên canh, chuyên canh, thâm canh, xen canh, luân canh, quảng canh
khuyến nông viên, cán bộ khuyến nông, tập huấn, tập huấn kỹ thuật, chuyển giao kỹ thuật, kỹ thuật canh tác, kỹ thuật chăn nuôi, kỹ thuật, mô hình trình diễn, trình diễn, hội thảo đầu bờ, đầu bờ, tham quan mô hình
hạn hán, thiếu nước, nắng hạn, xâm nhập mặn, nhiễm mặn, ngập mặn, úng ngập, lũ quét, lũ ống, mưa đá, dông lốc, lốc xoáy, sương muối, rét đậm rét hại, chống rét, chống rét cho trâu bò, thiệt hại, bị thiệt hại, thiệt hại về tài sản
hộ nông dân, nông hộ, tổ hợp tác, hợp tác xã nông nghiệp, hợp tác xã dịch vụ nông nghiệp, dịch vụ nông nghiệp, vật tư nông nghiệp, máy nông nghiệp, nông cụ, tích tụ ruộng đất, tích tụ đất đai, ruộng đất
thôn bản, làng quê, nông thôn mới, bộ mặt nông thôn, diện mạo nông thôn, đời sống nông dân, vườn mẫu, khu dân cư kiểu mẫu, vườn hộ, cải tạo vườn tạp, vườn tạp, ao vườn chuồng
`;
