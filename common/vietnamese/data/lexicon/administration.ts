// Administration and government: bodies, titles, procedures.
export default `
ủy ban nhân dân, ủy ban nhân dân huyện, ủy ban nhân dân xã, ủy ban nhân dân tỉnh, ủy ban nhân dân thành phố, ủy ban nhân dân phường, ủy ban nhân dân thị trấn
hội đồng nhân dân, hội đồng nhân dân huyện, hội đồng nhân dân xã, hội đồng nhân dân tỉnh, thường trực hội đồng nhân dân, kỳ họp hội đồng nhân dân
ủy ban, ủy viên, ủy quyền, ủy nhiệm, ủy thác, thường vụ
chủ tịch, phó chủ tịch, chủ tịch ủy ban nhân dân, phó chủ tịch ủy ban nhân dân, chủ tịch hội đồng nhân dân, phó chủ tịch hội đồng nhân dân
phó chủ tịch nước, phó chủ tịch quốc hội
giám đốc, phó giám đốc, giám đốc sở, trưởng phòng, phó trưởng phòng, trưởng ban, phó trưởng ban, chánh văn phòng, phó chánh văn phòng
chánh thanh tra, thanh tra, thanh tra viên, thanh tra huyện, thanh tra tỉnh, chánh án, phó chánh án, viện trưởng, phó viện trưởng
trưởng thôn, phó trưởng thôn, trưởng bản, trưởng ấp, trưởng khu phố, tổ trưởng, tổ phó, tổ dân phố, tổ trưởng tổ dân phố, thôn trưởng
cán bộ, công chức, viên chức, cán bộ công chức, cán bộ công chức viên chức, người lao động, cán bộ chủ chốt, cán bộ lãnh đạo, cán bộ quản lý
cán bộ không chuyên trách, chuyên trách, kiêm nhiệm, biệt phái, luân chuyển, bãi nhiệm, từ chức
văn phòng, văn phòng hội đồng nhân dân và ủy ban nhân dân, văn phòng ủy ban, bộ phận một cửa, một cửa liên thông, bộ phận tiếp nhận và trả kết quả
phòng nội vụ, phòng tài chính kế hoạch, phòng tài nguyên và môi trường, phòng kinh tế hạ tầng, phòng kinh tế, phòng quản lý đô thị, phòng văn hóa thông tin
phòng giáo dục và đào tạo, phòng lao động thương binh và xã hội, phòng y tế, phòng tư pháp, phòng nông nghiệp và phát triển nông thôn, phòng dân tộc
sở nội vụ, sở tài chính, sở kế hoạch và đầu tư, sở xây dựng, sở giao thông vận tải, sở y tế, sở giáo dục và đào tạo, sở tư pháp, sở công thương
sở nông nghiệp và phát triển nông thôn, sở tài nguyên và môi trường, sở văn hóa thể thao và du lịch, sở thông tin và truyền thông, sở lao động thương binh và xã hội
sở khoa học và công nghệ, sở ngoại vụ, ban dân tộc, ban quản lý dự án, ban quản lý, ban chỉ đạo, ban kinh tế, ban pháp chế
bộ nội vụ, bộ tài chính, bộ công an, bộ quốc phòng, bộ y tế, bộ giáo dục và đào tạo, bộ tư pháp, bộ công thương, bộ xây dựng, bộ ngoại giao
chính quyền, chính quyền địa phương, chính quyền cơ sở, chính quyền các cấp, cấp ủy chính quyền, các cấp các ngành, ban ngành
huyện, xã, phường, thị trấn, thị xã, thành phố, tỉnh, thôn, bản, ấp, khu phố, làng, xóm, khu dân cư, cụm dân cư
đơn vị hành chính, địa giới hành chính, sắp xếp đơn vị hành chính, cấp huyện, cấp xã, cấp tỉnh, cấp thôn, cấp cơ sở, cơ sở
cải cách hành chính, thủ tục hành chính, hồ sơ, hồ sơ hành chính, giấy tờ, giấy phép, cấp phép, giấy chứng nhận, chứng nhận, chứng thực, công chứng
dịch vụ công, dịch vụ công trực tuyến, trực tuyến, chính quyền điện tử, chính quyền số, chuyển đổi số, chữ ký số, văn bản điện tử, hồ sơ điện tử
văn bản, công văn, nghị định, thông tư, kế hoạch, tờ trình, báo cáo, biên bản, thông báo kết luận
ban hành, ký ban hành, có hiệu lực, hiệu lực, hết hiệu lực, văn bản quy phạm pháp luật, quy phạm pháp luật, hướng dẫn thi hành
hành chính, hành chính công, trung tâm hành chính công, hành chính nhà nước, cơ quan nhà nước, cơ quan chức năng, cơ quan chuyên môn
cơ quan, cơ quan đơn vị, đơn vị, đơn vị sự nghiệp, sự nghiệp công lập, đơn vị sự nghiệp công lập, tổ chức, cá nhân, tổ chức cá nhân, doanh nghiệp
tiếp công dân, công dân, tiếp dân, khiếu nại, tố cáo, khiếu nại tố cáo, đơn thư, đơn thư khiếu nại, kiến nghị phản ánh, phản ánh, kiến nghị cử tri, cử tri
tiếp xúc cử tri, hội nghị, hội nghị trực tuyến, hội thảo, tọa đàm, cuộc họp, phiên họp, kỳ họp, họp báo, giao ban, hội nghị giao ban
đoàn kiểm tra, đoàn giám sát, đoàn đại biểu, tổ công tác, tổ công tác liên ngành, liên ngành, liên quan, có liên quan
biên chế, tinh giản biên chế, vị trí việc làm, tuyển dụng, thi tuyển, xét tuyển, thi nâng ngạch, nâng ngạch, nâng lương, tiền lương, lương cơ bản
thi đua, khen thưởng, thi đua khen thưởng, bằng khen, giấy khen, cờ thi đua, danh hiệu, chiến sĩ thi đua, lao động tiên tiến, tập thể lao động xuất sắc
kỷ luật, kỷ cương, kỷ luật kỷ cương, kỷ cương hành chính, kỷ luật lao động, đạo đức công vụ, công vụ, thi hành công vụ, văn hóa công sở, công sở
địa chính, cán bộ địa chính, địa chính xây dựng, tư pháp hộ tịch, hộ tịch, hộ khẩu, tạm trú, thường trú, cư trú, đăng ký khai sinh, khai sinh, khai tử, kết hôn
căn cước, căn cước công dân, chứng minh nhân dân, định danh, định danh điện tử, mã định danh, cơ sở dữ liệu, dữ liệu dân cư, cơ sở dữ liệu quốc gia
ngân sách nhà nước, ngân sách địa phương, dự toán, dự toán ngân sách, quyết toán, quyết toán ngân sách, thu ngân sách, chi ngân sách, thu chi ngân sách
kho bạc, kho bạc nhà nước, tài chính, tài chính công, tài sản công, đầu tư công, vốn đầu tư công, giải ngân vốn đầu tư công, kế hoạch vốn
phân cấp quản lý, phân quyền, thẩm quyền, đúng thẩm quyền, vượt thẩm quyền, chức năng nhiệm vụ, chức năng, quyền hạn, cơ cấu tổ chức
đầu nhiệm kỳ, cuối nhiệm kỳ, nhiệm kỳ mới, đại biểu quốc hội, đại biểu hội đồng nhân dân, ứng cử viên, ứng cử, đề cử
bỏ phiếu, kiểm phiếu, trúng cử, cử tri đi bầu, tổ bầu cử, khu vực bỏ phiếu
kế hoạch phát triển kinh tế xã hội, phát triển kinh tế xã hội, kinh tế xã hội, quốc phòng an ninh, kinh tế văn hóa xã hội
nông thôn mới, xây dựng nông thôn mới, xã nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu, đạt chuẩn nông thôn mới, huyện nông thôn mới
đô thị, đô thị hóa, đô thị loại, chỉnh trang đô thị, trật tự đô thị, mỹ quan đô thị, quy hoạch đô thị, hạ tầng đô thị, khu đô thị, khu đô thị mới
hạ tầng, cơ sở hạ tầng, kết cấu hạ tầng, hạ tầng kỹ thuật, hạ tầng giao thông, hạ tầng số, hạ tầng thiết yếu
giải phóng mặt bằng, mặt bằng, bồi thường, hỗ trợ tái định cư, tái định cư, bồi thường giải phóng mặt bằng, thu hồi đất, giao đất, cho thuê đất, chuyển mục đích sử dụng đất
đất đai, quyền sử dụng đất, giấy chứng nhận quyền sử dụng đất, sổ đỏ, sổ hồng, đất ở, đất nông nghiệp, đất công, đất rừng, quỹ đất, đấu giá quyền sử dụng đất, đấu giá
tài nguyên, tài nguyên khoáng sản, khoáng sản, tài nguyên nước, môi trường, bảo vệ môi trường, vệ sinh môi trường, ô nhiễm môi trường, ô nhiễm
rác thải, chất thải, chất thải rắn, rác thải sinh hoạt, thu gom rác, thu gom, xử lý rác, xử lý, bãi rác, nước thải, khí thải, phân loại rác, rác thải nhựa
cấp nước, nước sạch, cấp điện, điện lực, lưới điện, chiếu sáng, đèn chiếu sáng, điện chiếu sáng, thoát nước, hệ thống thoát nước, mương thoát nước
phòng chống thiên tai, phòng chống lụt bão, tìm kiếm cứu nạn, cứu hộ cứu nạn, cứu hộ, cứu nạn, thiên tai, lũ lụt, sạt lở, sạt lở đất, ngập úng, hạn hán, xâm nhập mặn
ban chỉ huy, ban chỉ huy phòng chống thiên tai, sơ tán, di dời, ứng phó, ứng phó thiên tai, khắc phục hậu quả thiên tai, cứu trợ, hỗ trợ khẩn cấp
dân số, kế hoạch hóa gia đình, dân số và phát triển, tổng điều tra dân số, dân tộc thiểu số, đồng bào dân tộc thiểu số, tôn giáo
công tác dân tộc, chính sách dân tộc, người có uy tín, già làng, trưởng họ, chức sắc, chức sắc tôn giáo, tín đồ, cơ sở tôn giáo
nông dân, liên hiệp phụ nữ, hội phụ nữ
mặt trận tổ quốc việt nam, công đoàn cơ sở, đoàn viên công đoàn
chữ thập đỏ, hội khuyến học, khuyến học, người cao tuổi, hội người mù, hội nạn nhân chất độc da cam, chất độc da cam
hội đồng, hội đồng thẩm định, thẩm định, phê duyệt, phê chuẩn, thẩm tra, thẩm quyền phê duyệt, chấp thuận, chủ trương đầu tư, quyết định đầu tư
cấp giấy chứng nhận, cấp đổi, cấp lại, cấp mới, cấp căn cước, cấp sổ, cấp thẻ, cấp phát, cấp bằng, trao bằng, văn bằng, chứng chỉ, bằng tốt nghiệp
chính quyền hai cấp, mô hình chính quyền, bộ máy hành chính, tinh gọn bộ máy, sắp xếp bộ máy, tinh gọn, hiệu lực hiệu quả, hoạt động hiệu lực hiệu quả, bộ máy tinh gọn
tra cứu, tra cứu thông tin, tra cứu hồ sơ, nộp hồ sơ, nộp hồ sơ trực tuyến, trả kết quả, nhận kết quả, trả kết quả đúng hạn, quá hạn, trễ hạn, đúng hạn, giải quyết hồ sơ, thụ lý, thụ lý hồ sơ, thời hạn giải quyết
# Administration, government
cơ quan hành chính, sáp nhập, sáp nhập xã, bộ máy, người hoạt động không chuyên trách, không chuyên trách, một cửa, tiếp nhận và trả kết quả, hồ sơ trực tuyến, dịch vụ công trực tuyến toàn trình, toàn trình, một phần, cổng dịch vụ công, cổng dịch vụ công quốc gia, trước hạn, chỉ số hài lòng, sự hài lòng, chỉ số cải cách hành chính, số hóa, số hóa hồ sơ, lưu trữ, văn thư, văn thư lưu trữ, chữ ký điện tử, quản lý văn bản, điều hành, họp giao ban, văn hóa công vụ, huân chương, huân chương lao động, kỷ niệm chương, kỳ họp thường kỳ, kỳ họp chuyên đề, đại biểu, ý kiến cử tri, chất vấn, trả lời chất vấn, giám sát, thông qua nghị quyết, báo cáo thẩm tra, ban kinh tế xã hội, ban kinh tế ngân sách, ban văn hóa xã hội, chuyên viên, công chức địa chính, công chức tư pháp hộ tịch, công chức văn hóa xã hội
# Administration and services
giấy tờ tùy thân, giấy khai sinh, giấy chứng tử, giấy đăng ký kết hôn, giấy xác nhận, xác nhận tình trạng hôn nhân, sổ hộ khẩu, sổ tạm trú, đăng ký tạm trú, khai báo tạm trú, căn cước gắn chip, làm căn cước, phiếu hẹn, giấy hẹn, trả hồ sơ, bổ sung hồ sơ, hồ sơ hợp lệ, thành phần hồ sơ, lệ phí, phí và lệ phí, miễn lệ phí, thời gian giải quyết, ngày làm việc, giờ hành chính, trụ sở làm việc, trụ sở ủy ban, hội trường, phòng tiếp dân, hòm thư góp ý, đường dây nóng, tổng đài, phản ánh hiện trường, ứng dụng công dân số, cổng thông tin, trang thông tin điện tử, thư điện tử, văn bản đến, văn bản đi, sổ sách, biểu mẫu, tờ khai, đơn đề nghị, biên bản họp, giấy mời, lịch công tác, chương trình công tác, kế hoạch công tác, báo cáo định kỳ, báo cáo đột xuất, báo cáo tổng kết, báo cáo sơ kết, số liệu báo cáo
# Moved from the files named by kind on 5 Dec 2026, sorted by keyword
bản kiến nghị, bản cam kết, bản đăng ký, chi cục, chi viện, dân làng, đại diện, hộ dân, hộ gia đình, hộ chiếu, khu vực, người dân, nhà quản lý
nhà lãnh đạo, nhân khẩu, thôn làng, thôn quê, làng xã, làng bản, xóm làng, bản làng, thư ký, thư mời, vùng miền, trên địa bàn, trên địa bàn huyện
trên địa bàn tỉnh, so với cùng kỳ, cùng kỳ năm trước, góp phần nâng cao, góp phần quan trọng, có hiệu quả, đạt hiệu quả, hiệu quả cao
kết quả tích cực, tình hình thực tế, kịp thời giải quyết, giải quyết kịp thời, dứt điểm, xử lý dứt điểm, đạt tỷ lệ, tỷ lệ đạt, chiếm tỷ lệ, tham gia
tham mưu, đánh giá cao, đề nghị các, giao nhiệm vụ, chỉ đạo các, tập trung chỉ đạo, tập trung triển khai, quyết liệt triển khai, triển khai đồng bộ
đồng bộ các giải pháp, giải pháp đồng bộ, nhiệm vụ trọng tâm, nhiệm vụ giải pháp, giải pháp trọng tâm, khâu đột phá, đột phá, nhiệm vụ then chốt
trọng tâm trọng điểm, tiết kiệm hiệu quả, đi vào hoạt động, vượt chỉ tiêu, đạt chỉ tiêu, hoàn thành chỉ tiêu, hoàn thành kế hoạch, vượt kế hoạch
đạt kế hoạch, tổ chức thành công, góp phần vào, nhân rộng mô hình, mô hình hay, tạo đột phá, phát triển nhanh và bền vững, tổ chức tại, được tổ chức
được triển khai, được thực hiện, tại hội nghị, tại kỳ họp, tại địa phương, tại cơ sở, tại trụ sở, tại xã, tại huyện, tại thôn, báo cáo tại
đánh giá rằng, đã tổ chức, đã triển khai, đã thực hiện, đã giải quyết, đã kiểm tra, đã ban hành, đã phê duyệt, đã chỉ đạo, đã đề nghị, đã kiến nghị
đã tiếp nhận, đã góp phần, đang triển khai, đang thực hiện, sẽ tổ chức, sẽ triển khai, tiếp tục thực hiện, tiếp tục triển khai, tiếp tục đẩy mạnh
tiếp tục nâng cao, tiếp tục chỉ đạo, góp phần thúc đẩy, góp phần bảo đảm, góp phần ổn định, nhằm nâng cao, nhằm bảo đảm, nhằm thúc đẩy, nhằm kịp thời
để kịp thời, để bảo đảm, để nâng cao, phục vụ người dân, phục vụ nhu cầu, phục vụ công tác, người dân địa phương, người dân trên địa bàn
bà con trong thôn, đông đảo người dân, trên địa bàn xã, so với cùng kỳ năm trước, so với kế hoạch, từ chương trình, với sự tham gia, với sự phối hợp
với chủ đề, với mục tiêu, với quy mô, với nhiều hoạt động, của huyện, của xã, của tỉnh, của thôn, của người dân, của chính phủ, của ngành
của địa phương, của đơn vị, của các cấp, cho người dân, cho cán bộ, là cơ sở, là nhiệm vụ, là giải pháp, là hoạt động, là mô hình, có thành tích
có thành tích xuất sắc, có chất lượng, có trách nhiệm, có nhu cầu, nhiều hoạt động, nhiều nội dung, nhiều giải pháp, nhiều mô hình, nhiều hộ dân
nhiều địa phương, nhiều đơn vị, nhiều ý kiến, các hoạt động, các nội dung, các giải pháp, các mô hình, các chương trình, các chỉ tiêu, các nhiệm vụ
các văn bản, các ý kiến, các kiến nghị, một số xã, một số đơn vị, đối với cán bộ, để người dân, để đơn vị, vừa tổ chức, vừa ban hành, ở thôn, ở xã
ở tổ dân phố, ở địa phương, có ý kiến, theo kế hoạch, nhằm đảm bảo, thực hiện, dân cư, tiếp nhận, triển khai, sắp xếp, bảo đảm, đảm bảo, phân công
giải pháp, phát triển, quản lý, phối hợp, đánh giá, cho ý kiến, ý kiến, nhiệm vụ, mục tiêu, chỉ tiêu, chương trình, đề án, kết quả, thành tích
nội dung, cơ chế, tình hình, địa bàn, địa phương, trụ sở, tỷ lệ, tỉ lệ, cùng kỳ, nhu cầu, thống nhất ý kiến, tiếp thu ý kiến, sử dụng hiệu quả
trọng tâm, trọng điểm, bước đột phá, cải cách, tiến độ, chủ đề, quy mô, quy chế, rà soát, thống kê, khảo sát, kịp thời phát hiện, địa bàn huyện
địa bàn xã, địa bàn tỉnh, trên toàn huyện, toàn huyện, toàn xã, toàn tỉnh, toàn thành phố, số liệu thống kê, người đại diện, người tham gia, bộ ngành
buổi họp, can thiệp kịp thời, các cấp, chủ cơ sở, mục tiêu chung, chuyên ngành, chuyển công tác, có thẩm quyền, công tác, công điện, cuộc khảo sát
dự họp, dừng hoạt động, đa mục tiêu, đa ngành, hoạt động, được đánh giá, hội họp, cam kết, làm thủ tục, lãnh trách nhiệm, lập kế hoạch, lập hồ sơ
liên xã, liên thôn, liên huyện, liên tỉnh, lịch tiếp công dân, ngành hàng, ngành chức năng, các ngành, nguyên chủ tịch, phòng họp, quyền chủ tịch
số liệu, sở ngành, sự tham gia, sự phát triển, sự phối hợp, thủ tục, thủ trưởng, tỉnh đoàn, tỉnh bạn, tỉnh ngoài, tỉnh thành, ngoại tỉnh
tổng giám đốc, tổng cục, trách nhiệm giải trình, trước tình hình, đơn vị tính, khu vực vùng, xã viên, xã đội, xã đoàn, các đơn vị, các địa phương
các xã, các thôn, các cơ quan, các sở, các ban, các tổ chức, họp bàn, sắp xếp lại, chịu trách nhiệm, đà phát triển, góp phần, thẻ căn cước
sáp nhập thôn, các hộ dân, các hộ gia đình, các thôn bản, các tổ dân phố, các cơ sở, các ngành chức năng, các lực lượng chức năng, phối hợp chặt chẽ
# one-syllable words (no pair; an ordinary word)
ngành
`;
