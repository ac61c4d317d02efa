export const spellcheck = {
  menuLabel: 'Gợi ý chính tả',
  noSuggestion: '(không có gợi ý)',
  addToDictionary: 'Thêm vào từ điển',
  ignore: 'Bỏ qua trong bài này',
  close: 'Đóng',
  addFailed: 'Không thêm được vào từ điển.',
};
