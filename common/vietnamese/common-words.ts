/**
 * The most frequent Vietnamese syllables in news text (function words,
 * pronouns, numerals, the commonest verbs). A real-word correction that would
 * change one of them needs a classic confusion (hỏi/ngã, ch/tr, s/x, l/n,
 * n/ng, c/t…), not a looser one such as a keyboard slip or another tone:
 * they are so common that the looser hypotheses raise false alarms.
 */
import { keyOf } from './syllable';
import { SPELL_CONFIG } from './spell-config';

const WORDS = `và là có của được cho các những này đó khi thì mà để từ theo về ở đến sẽ đang đã còn cũng vẫn
rất không chưa bị do nhưng hay hoặc nên vì nếu như một hai ba bốn năm sáu bảy tám chín mười trăm nghìn triệu tỷ
với tại trên dưới trong ngoài sau trước giữa qua lại ra vào lên xuống đi làm nói biết thấy cần phải muốn nhiều ít
người ông bà anh chị em cháu họ tôi chúng ta mình ai gì nào đâu sao thế vậy này kia ấy đây bằng hơn nhất cả mỗi mọi
đối đều cùng nhau rồi mới chỉ ngay luôn thêm nữa hết xong đang vừa sắp định thường hằng hàng con cái chiếc việc
cách cũng chính rằng nhau giúp ngày tháng năm giờ phút tuần nay mai qua tới xã huyện tỉnh thôn bản buôn ấp dân nhà đất nước`;

export const COMMON_WORD_LIST: readonly string[] = [
  ...new Set(WORDS.split(/\s+/).map((w) => keyOf(w)).filter((k): k is string => k !== null)),
];

export const COMMON_WORDS: ReadonlySet<string> = new Set(COMMON_WORD_LIST);

/** The largest confusion cost accepted when the word to change is a common one. */
export const COMMON_WORD_MAX_COST = SPELL_CONFIG.commonWordMaxCost;
