/**
 * Syllables that Vietnamese legitimately doubles ("người người", "dần dần"),
 * so a doubled word made of them is not reported. Keys as in `syllableKey`.
 */
import { keyOf } from './syllable';

const WORDS = `ngày người nhà từ dần đâu ai năm tháng lâu xa thường luôn đều mãi hoài cao xanh vui hay
chiều sáng tối đêm lớp đời ầm rầm ào đùng ùn rào vù chằm khư đăm oang ha hi kìn lũ khà
đời nơi chốn mỗi xưa ngàn muôn trùng điệp nhiều rồi thôi chậm bồng bồng hồng đỏ tím vàng trắng đen
lắm rất quá mau nhanh khe chan ngang cứ dạ vâng ừ ơi ô à bập tít thình rung rinh rì lăm le
bồn quen sờ nhao xinh`;

export const REDUPLICATION = new Set(
  WORDS.split(/\s+/).map((w) => keyOf(w)).filter((k): k is string => k !== null),
);
