// Search text normalisation: case- and accent-insensitive matching ("muller" finds "Müller"), with a
// map back to the original bytes so matches can be highlighted in the text as written.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace portfolio {

// Lowercase, accents removed (Latin-1, Latin Extended-A/B letters fold to ASCII: ü->u, ß->ss, ø->o,
// æ->ae, ł->l), Greek and Cyrillic capitals lowercased; other characters kept as they are.
std::string FoldForSearch(std::string_view text);

struct FoldedText {
    std::string folded;               // FoldForSearch(original)
    std::vector<std::uint32_t> source;  // for each byte of `folded`, the byte offset in the original
};
FoldedText FoldWithMap(std::string_view text);

// Splits a query into folded words (whitespace separated; quotes are not special).
std::vector<std::string> QueryWords(std::string_view query);

// Byte ranges [begin, end) in `original` where any of `words` occurs (merged, sorted).
std::vector<std::pair<std::size_t, std::size_t>> FindMatches(std::string_view original, const std::vector<std::string>& words);

}  // namespace portfolio
