/**
 * Accepted spellings that the attested syllable list lacks, written for this
 * project (facts of the language; no list was copied).
 * - SYLLABLES: standard syllables missing from the list (mẩu, bíp), syllables
 *   of names and regional words (nguyễn, xáng) and interjections (ui). The
 *   second and third lines are well-formed syllables that occur lower-case in
 *   the language model's corpus (trừu tượng, trỗi dậy, ngộ nghĩnh, nguôi
 *   ngoai, nhếch mép, hễ…): each was checked by hand as a standard word or an
 *   accepted spelling; corpus typos (dến, chụi, nhiện) were left out.
 *   (qui/quy and lý/lí need nothing here: their spellings share a key.)
 * - FORMS: loanwords written closed or hyphenated (ôtô, ki-lô-mét), accepted
 *   as written in any case.
 * - ABBREVIATIONS: lower-case abbreviations of news prose that one key slip
 *   would turn into a syllable (tp → to, ts → ta); never read as a slip.
 */
export const ACCEPTED_SYLLABLES = `mẩu mẩy bíp bíp bốp xáng ui nguyễn ron
pê xê ét lốp síp sịp xíp tuýp típ gam ki
trừu trỗi phốt hễ nhại xắt tuẫn báp hoóc phoóc voọc nguôi hoằng thới dèm lóa nghĩnh nướu pít kiếng
gẩy nhếch xém chòe loã rụm ây ỳ luýt đũi lưa dền ngộp nguệch ngoạc phượt túa mọ choai gien
`;

export const ACCEPTED_FORMS = `ôtô môtô đôla ôtôbuýt xêmina cactông cáctông kilô kilômét ki-lô-mét ki-lô-gam kí-lô kilôgam
mét-xi-cô xi-măng ra-đi-ô vi-ta-min pi-a-nô ô-xy ô-xi các-bon ni-lông ni-lon ca-nô ti-vi a-xít ba-zơ
nilông nilon balô ba-lô ăcqui ăcquy ắc-quy ắc-qui êkip ê-kíp hăng-gô hănggô néon nê-ông
`;

export const LOWER_CASE_ABBREVIATIONS = `tp tx tt ts ths pgs gs bs ks ls ns vd nxb sđt đh cđ`;
