/** Default sections of a district portal; the newsroom edits the list in Settings. */
export const defaultCategories: readonly string[] = [
  'Tin tức - Sự kiện',
  'Chính trị',
  'Kinh tế',
  'Văn hóa - Xã hội',
  'Dự án - Đầu tư',
  'Đấu thầu - Mua sắm công',
  'Nội chính',
  'Y tế',
  'Giáo dục',
  'Nông nghiệp - Nông thôn mới',
  'Quốc phòng - An ninh',
  'Gương người tốt việc tốt',
];
