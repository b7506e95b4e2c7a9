// Small UTF-8 and string helpers shared by loading, markup and the views.
#include "core/text.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "core/search.h"

namespace portfolio {

std::size_t Utf8SequenceLength(std::string_view s, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80) return 1;
    std::size_t len = 0;
    unsigned min_cp = 0;
    unsigned cp = 0;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1Fu; min_cp = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0Fu; min_cp = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07u; min_cp = 0x10000; }
    else return 0;
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3Fu);
    }
    if (cp < min_cp || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

char32_t DecodeUtf8At(std::string_view s, std::size_t i, std::size_t& length) {
    length = Utf8SequenceLength(s, i);
    if (length == 0) {
        length = 1;
        return 0xFFFD;
    }
    const auto c = static_cast<unsigned char>(s[i]);
    char32_t cp = length == 1 ? c : length == 2 ? (c & 0x1Fu) : length == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    return cp;
}

void AppendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

bool IsValidUtf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = Utf8SequenceLength(s, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

std::string EscapeInvalidUtf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = Utf8SequenceLength(s, i);
        if (n == 0) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned char>(s[i]));
            out += buf;
            ++i;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::string_view TruncateUtf8(std::string_view s, std::size_t max_bytes) {
    if (s.size() <= max_bytes) return s;
    std::size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    return s.substr(0, end);
}

std::size_t CountCodepoints(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

std::string_view Trim(std::string_view s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

std::string AsciiLower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string Slugify(std::string_view s) {
    std::string out;
    for (char ch : s) {
        const char c = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (word) out += c;
        else if (!out.empty() && out.back() != '-') out += '-';
        if (out.size() >= 64) break;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

namespace {

// A name's folded words in given-family order: "You, Yang" -> {yang, you}; dots, commas and hyphens
// split words, so "Y. You" is {y, you}.
std::vector<std::string> NameWords(std::string_view name) {
    std::string folded = FoldForSearch(Trim(name));
    if (const std::size_t comma = folded.find(','); comma != std::string::npos)
        folded = folded.substr(comma + 1) + " " + folded.substr(0, comma);  // "Last, First" (", Jr" stays a word)
    std::vector<std::string> words(1);
    for (char c : folded) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '.' || c == ',' || c == '-') {
            if (!words.back().empty()) words.emplace_back();
        } else {
            words.back() += c;
        }
    }
    if (words.back().empty()) words.pop_back();
    return words;
}

// Word by word equal, or an initial for a whole word ("y" for "yang"); at least one word in full.
bool WordsMatch(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.size() != b.size()) return false;
    bool whole = false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] == b[i]) {
            whole = whole || a[i].size() > 1;
            continue;
        }
        const bool initial = (a[i].size() == 1 && b[i][0] == a[i][0]) || (b[i].size() == 1 && a[i][0] == b[i][0]);
        if (!initial) return false;
    }
    return whole;
}

}  // namespace

bool SameName(std::string_view a, std::string_view b) {
    // Case, accents and spacing do not matter: "Ada Muller" in an author list is "Ada Müller".
    auto collapse = [](std::string_view s) {
        std::string out;
        for (char c : FoldForSearch(Trim(s))) {
            if (c == ' ' || c == '\t') {
                if (!out.empty() && out.back() != ' ') out += ' ';
            } else {
                out += c;
            }
        }
        return out;
    };
    if (Trim(a).empty()) return false;
    if (collapse(a) == collapse(b)) return true;
    // Author lists write one name many ways: "You, Yang", "Y. You", "YOU Yang" (family name first).
    const std::vector<std::string> wa = NameWords(a);
    std::vector<std::string> wb = NameWords(b);
    if (wa.empty() || WordsMatch(wa, wb)) return !wa.empty();
    if (wb.size() < 2) return false;
    std::rotate(wb.begin(), wb.begin() + 1, wb.end());  // "you yang" -> "yang you"
    if (WordsMatch(wa, wb)) return true;
    std::rotate(wb.begin(), wb.end() - 2, wb.end());  // the other way round, for three or more words
    return WordsMatch(wa, wb);
}

}  // namespace portfolio
