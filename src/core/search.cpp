// Search text normalisation: case- and accent-insensitive matching with a map back to the original.
#include "core/search.h"

#include <algorithm>
#include <cstdint>

namespace portfolio {
namespace {

// Decodes one UTF-8 sequence at s[i]; returns the code point and advances i (invalid bytes: U+FFFD, 1 byte).
std::uint32_t Decode(std::string_view s, std::size_t& i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    std::uint32_t cp = 0xFFFD;
    std::size_t len = 1;
    if (c < 0x80) cp = c;
    else if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) { cp = ((c & 0x1Fu) << 6) | (b(i + 1) & 0x3Fu); len = 2; }
    else if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) { cp = ((c & 0x0Fu) << 12) | ((b(i + 1) & 0x3Fu) << 6) | (b(i + 2) & 0x3Fu); len = 3; }
    else if ((c & 0xF8) == 0xF0 && i + 3 < s.size()) {
        cp = ((c & 0x07u) << 18) | ((b(i + 1) & 0x3Fu) << 12) | ((b(i + 2) & 0x3Fu) << 6) | (b(i + 3) & 0x3Fu);
        len = 4;
    }
    i += len;
    return cp;
}

void Encode(std::uint32_t cp, std::string& out) {
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18)); out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// ASCII folding of U+00C0..U+017F, one string per code point ("" = no folding known).
const char* LatinFold(std::uint32_t cp) {
    static const char* const latin1[64] = {  // U+00C0..U+00FF
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};
    static const char* const ext_a[128] = {  // U+0100..U+017F
        "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
        "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
        "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
        "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
        "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
        "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
        "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
        "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s"};
    if (cp >= 0xC0 && cp <= 0xFF) return latin1[cp - 0xC0];
    if (cp >= 0x100 && cp <= 0x17F) return ext_a[cp - 0x100];
    switch (cp) {  // a few from Latin Extended-B and beyond that names use
        case 0x01CD: case 0x01CE: return "a";
        case 0x01CF: case 0x01D0: return "i";
        case 0x01D1: case 0x01D2: return "o";
        case 0x01D3: case 0x01D4: case 0x01D5: case 0x01D6: case 0x01D7: case 0x01D8: case 0x01D9: case 0x01DA: case 0x01DB: case 0x01DC: return "u";
        case 0x0218: case 0x0219: return "s";
        case 0x021A: case 0x021B: return "t";
        case 0x1E9E: return "ss";
        default: return "";
    }
}

// Lowercase for Greek and Cyrillic capitals (the common blocks).
std::uint32_t LowerNonLatin(std::uint32_t cp) {
    if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 0x20;  // Greek
    if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;                  // Cyrillic basic
    if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;                  // Cyrillic Ѐ..Џ
    return cp;
}

}  // namespace

FoldedText FoldWithMap(std::string_view text) {
    FoldedText out;
    out.folded.reserve(text.size());
    out.source.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            out.folded += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
            out.source.push_back(static_cast<std::uint32_t>(start));
            ++i;
            continue;
        }
        const std::uint32_t cp = Decode(text, i);
        const std::size_t before = out.folded.size();
        if (const char* ascii = LatinFold(cp); *ascii) out.folded += ascii;
        else Encode(LowerNonLatin(cp), out.folded);
        out.source.resize(out.folded.size(), static_cast<std::uint32_t>(start));
        (void)before;
    }
    return out;
}

std::string FoldForSearch(std::string_view text) { return FoldWithMap(text).folded; }

std::vector<std::string> QueryWords(std::string_view query) {
    std::vector<std::string> words;
    const std::string folded = FoldForSearch(query);
    std::size_t i = 0;
    while (i < folded.size()) {
        while (i < folded.size() && (folded[i] == ' ' || folded[i] == '\t' || folded[i] == '\n' || folded[i] == '\r')) ++i;
        const std::size_t start = i;
        while (i < folded.size() && !(folded[i] == ' ' || folded[i] == '\t' || folded[i] == '\n' || folded[i] == '\r')) ++i;
        if (i > start) words.push_back(folded.substr(start, i - start));
    }
    return words;
}

std::vector<std::pair<std::size_t, std::size_t>> FindMatches(std::string_view original, const std::vector<std::string>& words) {
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    if (words.empty()) return ranges;
    const FoldedText f = FoldWithMap(original);
    auto original_end = [&](std::size_t folded_end) {
        // The end of the original character that produced the last matched byte.
        if (folded_end >= f.source.size()) return original.size();
        return static_cast<std::size_t>(f.source[folded_end]);
    };
    for (const std::string& w : words) {
        for (std::size_t pos = f.folded.find(w); pos != std::string::npos; pos = f.folded.find(w, pos + 1)) {
            std::size_t end = pos + w.size();
            // A match ending inside a multi-byte fold ("ss" of ß) extends to the whole character.
            while (end < f.source.size() && f.source[end] == f.source[end - 1]) ++end;
            ranges.emplace_back(f.source[pos], original_end(end));
        }
    }
    std::sort(ranges.begin(), ranges.end());
    std::vector<std::pair<std::size_t, std::size_t>> merged;
    for (const auto& r : ranges) {
        if (!merged.empty() && r.first <= merged.back().second) merged.back().second = std::max(merged.back().second, r.second);
        else merged.push_back(r);
    }
    return merged;
}

}  // namespace portfolio
