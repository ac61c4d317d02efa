/**
 * Text the engine checks once while it loads, so that the first paragraph a
 * user types is not also the first time the JIT compiler sees the checker's
 * code paths: names, numbers, abbreviations, Telex/VNI leftovers, non-words,
 * real-word errors, doubled words and both tone styles. Written for this
 * purpose; the per-word caches it fills are dropped afterwards.
 */
export const WARM_UP_TEXT = [
  'Sáng 14/11/2025, UBND huyện Krông Năng tổ chức hội nghị tổng kết công tác năm, ông Y Bhim Niê, Phó Chủ tịch UBND huyện, chủ trì.',
  'Năm qua, tổng thu ngân sách đạt 412,5 tỷ đồng, tăng 9,1% so với cùng kỳ; tỷ lệ hộ nghèo giảm còn 2,8%.',
  'Huyện ủy chỉ đạo các xã đẩy mạnh cải cách hành chính, chuyển đổi số và thực hiện tốt Nghị quyết số 12-NQ/HU của Huyện uỷ.',
  'Trung tâm Y tế huyện tiêm chủng cho 1.200 trẻ em; Trường THCS Lê Lợi được công nhận đạt chuẩn quốc gia, xem tại https://krongnang.gov.vn hoặc gửi thư về vanphong@krongnang.gov.vn.',
  'Cán bộ xã đã sử lý dứt điểm các vụ việc, bổ xung hồ sơ và chủ chương của huyện là hỗ trợ nông dân sản suất, Phó Chỉ tịch xã trực tiếp kiểm tra.',
  'Người dân ddược hướng dẫn tham gia bảo hiểm y tế, nguowfi cao tuổi được khám bệnh miễn phí, vie65c làm của thanh niên tăng.',
  'Huyện đã đã tổ chức tuyên truyền tới ngừơi dân, nhiều lại hình dịch vụ mới ra đời, hoà giải ở cơ sở và thuý lợi được chú trọng.',
  'Cac xa trien khai ke hoach phong chong thien tai, tổ chúc diễn tập, khăc phục hậu quả mưa lũ, bảo đảm an toàn cho nhân dân.',
  'Đoàn kiểm tra của Sở NN&PTNT làm việc tại xã Ea Tu, TP. Buôn Ma Thuột, về dự án trồng 500 ha cà phê theo tiêu chuẩn VietGAP.',
].join('\n');
