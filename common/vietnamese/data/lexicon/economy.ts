// Economy, business, finance, industry, trade, construction, transport.
export default `
kinh tế, nền kinh tế, phát triển kinh tế, tăng trưởng kinh tế, cơ cấu kinh tế, chuyển dịch cơ cấu kinh tế, kinh tế tư nhân, kinh tế tập thể, kinh tế hộ, kinh tế trang trại, kinh tế số
sản xuất, sản xuất kinh doanh, sản xuất nông nghiệp, sản xuất công nghiệp, cơ sở sản xuất, sản phẩm, sản phẩm chủ lực, sản phẩm ocop, hàng hóa, hàng hóa nông sản, sản xuất hàng hóa
xuất khẩu, nhập khẩu, xuất nhập khẩu, kim ngạch xuất khẩu, kim ngạch, xuất xứ, xuất xứ hàng hóa, xuất hàng, xuất bản, xuất phát, xuất sắc, xuất hiện, đề xuất, sản xuất thủ công
doanh nghiệp, doanh nhân, doanh số, doanh thu, doanh nghiệp nhỏ và vừa, doanh nghiệp tư nhân, công ty, công ty cổ phần, công ty trách nhiệm hữu hạn, tập đoàn, tổng công ty, chi nhánh
hợp tác xã, tổ hợp tác, liên hiệp hợp tác xã, kinh tế hợp tác, liên kết, liên kết sản xuất, chuỗi liên kết, chuỗi giá trị, liên doanh, liên kết chuỗi, bao tiêu, bao tiêu sản phẩm
đầu tư, nhà đầu tư, thu hút đầu tư, xúc tiến đầu tư, vốn đầu tư, dự án đầu tư, đầu tư xây dựng, đầu tư trực tiếp nước ngoài, môi trường đầu tư, môi trường kinh doanh, kêu gọi đầu tư
khu công nghiệp, cụm công nghiệp, công nghiệp, tiểu thủ công nghiệp, thủ công nghiệp, ngành nghề, làng nghề, làng nghề truyền thống, nghề truyền thống, công nghiệp chế biến, chế biến, chế tạo
thương mại, dịch vụ, thương mại dịch vụ, thị trường, thị trường tiêu thụ, tiêu thụ sản phẩm, thương hiệu, nhãn hiệu, nhãn mác, bao bì, chỉ dẫn địa lý, truy xuất nguồn gốc, mã vạch
chợ truyền thống, chợ phiên, chợ nông thôn, trung tâm thương mại, cửa hàng, cửa hàng tiện lợi, tiểu thương, hộ kinh doanh, hộ kinh doanh cá thể, buôn bán nhỏ, bán lẻ, bán buôn, thương mại điện tử
giá cả thị trường, chỉ số giá tiêu dùng, lạm phát, giá xăng dầu, xăng dầu, giá điện, giá vàng, tỷ giá, lãi suất, tín dụng, vay vốn, cho vay, dư nợ, nợ xấu, ngân hàng, ngân hàng chính sách xã hội
ngân hàng nông nghiệp, quỹ tín dụng nhân dân, tiết kiệm, gửi tiết kiệm, tiền gửi, tài khoản, thẻ ngân hàng, thanh toán không dùng tiền mặt, tiền mặt, chuyển khoản, ví điện tử
thuế, thu thuế, nộp thuế, thuế giá trị gia tăng, thuế thu nhập, thuế thu nhập cá nhân, thuế thu nhập doanh nghiệp, chi cục thuế, cục thuế, miễn thuế, giảm thuế, hoàn thuế, nợ thuế, trốn thuế
phí, lệ phí, phí và lệ phí, thu phí, miễn phí, học phí, viện phí, cước phí, chi phí, kinh phí, nguồn kinh phí, tiết kiệm chi, chi thường xuyên, chi đầu tư phát triển
thu nhập bình quân, thu nhập bình quân đầu người, bình quân đầu người, tổng sản phẩm, giá trị sản xuất, tốc độ tăng trưởng, tăng trưởng, tăng trưởng bình quân, năng lực cạnh tranh, cạnh tranh
hộ nghèo, hộ cận nghèo, giảm nghèo, giảm nghèo bền vững, thoát nghèo, tỷ lệ hộ nghèo, chuẩn nghèo, chuẩn nghèo đa chiều, nghèo đa chiều, an sinh xã hội, phúc lợi xã hội, phúc lợi
việc làm, giải quyết việc làm, tạo việc làm, người lao động, lao động, thị trường lao động, xuất khẩu lao động, đào tạo nghề, dạy nghề, học nghề, lao động qua đào tạo, chuyển đổi nghề
tiền lương, mức lương, lương tối thiểu, lương tối thiểu vùng, tiền công, thu nhập, đời sống người lao động, bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp, bảo hiểm xã hội tự nguyện
xây dựng, công trình, công trình xây dựng, nhà thầu, chủ đầu tư, tư vấn giám sát, giám sát thi công, thi công, đấu thầu, gói thầu, chỉ định thầu, hồ sơ mời thầu, nghiệm thu, quyết toán công trình
chất lượng công trình, tiến độ thi công, đẩy nhanh tiến độ, hạng mục, hạng mục công trình, vật liệu xây dựng, xi măng, sắt thép, gạch, cát, đá, bê tông, bê tông hóa, nhựa hóa, cứng hóa
giao thông, giao thông vận tải, đường giao thông, đường giao thông nông thôn, đường huyện, đường xã, đường tỉnh, quốc lộ, tỉnh lộ, huyện lộ, đường liên xã, đường liên thôn, đường nội đồng, ngõ xóm
cầu, cầu dân sinh, cầu treo, cầu tràn, cống, cầu cống, kè, bờ kè, đê, đê điều, kênh, kênh mương, mương, hồ chứa, đập, đập thủy lợi, trạm bơm, thủy lợi, công trình thủy lợi
vận tải, vận tải hành khách, vận chuyển, xe khách, xe buýt, xe tải, xe máy, ô tô, phương tiện, phương tiện giao thông, bến xe, bến đò, bến cảng, cảng, sân bay, đường sắt, đường thủy, đường bộ, cao tốc, đường cao tốc
điện, điện năng, năng lượng, năng lượng tái tạo, điện mặt trời, điện gió, thủy điện, nhà máy thủy điện, nhà máy, xí nghiệp, phân xưởng, nhà xưởng, dây chuyền, máy móc, thiết bị, máy móc thiết bị
công nghệ, khoa học công nghệ, khoa học và công nghệ, ứng dụng công nghệ, công nghệ cao, công nghệ thông tin, đổi mới sáng tạo, chuyển giao công nghệ, số hóa, kinh tế số, xã hội số
du lịch, phát triển du lịch, du lịch sinh thái, du lịch cộng đồng, du lịch trải nghiệm, du lịch văn hóa, du lịch tâm linh, khách du lịch, du khách, lượt khách, điểm du lịch, khu du lịch, tour du lịch, homestay, lưu trú, cơ sở lưu trú
nhà hàng, khách sạn, nhà nghỉ, dịch vụ ăn uống, ẩm thực, đặc sản, đặc sản địa phương, quà tặng, hàng lưu niệm, thủ công mỹ nghệ, mây tre đan, mỹ nghệ
khởi nghiệp, hỗ trợ khởi nghiệp, hộ sản xuất, sản xuất kinh doanh giỏi, nông dân sản xuất kinh doanh giỏi, làm giàu chính đáng, vươn lên làm giàu, mô hình kinh tế, mô hình sản xuất
tài sản, vốn, nguồn vốn, huy động vốn, nguồn lực, huy động nguồn lực, nguồn lực xã hội, xã hội hóa, nguồn vốn xã hội hóa, vốn đối ứng, vốn vay, vốn tự có, lồng ghép, lồng ghép nguồn vốn
nguồn cung, nguồn cầu, cung cầu, cung ứng, cung cấp, khan hiếm, dồi dào, tồn kho, hàng tồn kho, kho hàng, hậu cần, logistics, phân phối, đại lý, nhà phân phối
kinh doanh, đăng ký kinh doanh, giấy phép kinh doanh, ngành nghề kinh doanh, hoạt động kinh doanh, kinh doanh có điều kiện, vi phạm trong kinh doanh, hàng giả, hàng nhái, hàng kém chất lượng, hàng lậu, buôn lậu, gian lận thương mại
quản lý thị trường, đội quản lý thị trường, niêm yết giá, bán đúng giá, bình ổn thị trường, hàng bình ổn, người tiêu dùng, quyền lợi người tiêu dùng, bảo vệ quyền lợi người tiêu dùng
`;
