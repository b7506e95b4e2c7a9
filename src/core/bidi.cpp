// Arabic shaping and bidirectional line ordering (core/bidi.h).
#include "core/bidi.h"

#include <algorithm>
#include <vector>

#include "core/text.h"

namespace portfolio {
namespace {

// An Arabic letter's presentation forms: isolated, final, initial, medial. A letter with no initial
// form joins only to the letter before it (alef, dal, reh, waw...).
struct ArabicForms {
    char32_t letter, isolated, final, initial, medial;
};
constexpr ArabicForms kArabic[] = {
    {0x0621, 0xFE80, 0, 0, 0},           {0x0622, 0xFE81, 0xFE82, 0, 0},       {0x0623, 0xFE83, 0xFE84, 0, 0},
    {0x0624, 0xFE85, 0xFE86, 0, 0},      {0x0625, 0xFE87, 0xFE88, 0, 0},       {0x0626, 0xFE89, 0xFE8A, 0xFE8B, 0xFE8C},
    {0x0627, 0xFE8D, 0xFE8E, 0, 0},      {0x0628, 0xFE8F, 0xFE90, 0xFE91, 0xFE92}, {0x0629, 0xFE93, 0xFE94, 0, 0},
    {0x062A, 0xFE95, 0xFE96, 0xFE97, 0xFE98}, {0x062B, 0xFE99, 0xFE9A, 0xFE9B, 0xFE9C}, {0x062C, 0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0},
    {0x062D, 0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4}, {0x062E, 0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8}, {0x062F, 0xFEA9, 0xFEAA, 0, 0},
    {0x0630, 0xFEAB, 0xFEAC, 0, 0},      {0x0631, 0xFEAD, 0xFEAE, 0, 0},       {0x0632, 0xFEAF, 0xFEB0, 0, 0},
    {0x0633, 0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4}, {0x0634, 0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8}, {0x0635, 0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC},
    {0x0636, 0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0}, {0x0637, 0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4}, {0x0638, 0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8},
    {0x0639, 0xFEC9, 0xFECA, 0xFECB, 0xFECC}, {0x063A, 0xFECD, 0xFECE, 0xFECF, 0xFED0}, {0x0641, 0xFED1, 0xFED2, 0xFED3, 0xFED4},
    {0x0642, 0xFED5, 0xFED6, 0xFED7, 0xFED8}, {0x0643, 0xFED9, 0xFEDA, 0xFEDB, 0xFEDC}, {0x0644, 0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0},
    {0x0645, 0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4}, {0x0646, 0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8}, {0x0647, 0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC},
    {0x0648, 0xFEED, 0xFEEE, 0, 0},      {0x0649, 0xFEEF, 0xFEF0, 0, 0},       {0x064A, 0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4},
    {0x0671, 0xFB50, 0xFB51, 0, 0},      {0x067E, 0xFB56, 0xFB57, 0xFB58, 0xFB59}, {0x0686, 0xFB7A, 0xFB7B, 0xFB7C, 0xFB7D},
    {0x0698, 0xFB8A, 0xFB8B, 0, 0},      {0x06A9, 0xFB8E, 0xFB8F, 0xFB90, 0xFB91}, {0x06AF, 0xFB92, 0xFB93, 0xFB94, 0xFB95},
    {0x06CC, 0xFBFC, 0xFBFD, 0xFBFE, 0xFBFF},
};
// Lam followed by an alef: one ligature glyph (isolated, final) per alef.
struct LamAlef {
    char32_t alef, isolated, final;
};
constexpr LamAlef kLamAlef[] = {{0x0622, 0xFEF5, 0xFEF6}, {0x0623, 0xFEF7, 0xFEF8}, {0x0625, 0xFEF9, 0xFEFA}, {0x0627, 0xFEFB, 0xFEFC}};

const ArabicForms* FormsOf(char32_t c) {
    if (c < 0x0621 || c > 0x06CC) return nullptr;
    const auto it = std::lower_bound(std::begin(kArabic), std::end(kArabic), c,
                                     [](const ArabicForms& f, char32_t v) { return f.letter < v; });
    return it != std::end(kArabic) && it->letter == c ? it : nullptr;
}

bool IsArabicMark(char32_t c) {
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED && c != 0x06DD && c != 0x06DE);
}
bool IsJoinCausing(char32_t c) { return c == 0x0640 || c == 0x200D; }  // tatweel, zero-width joiner
bool JoinsForward(char32_t c) {  // connects to the letter after it
    const ArabicForms* f = FormsOf(c);
    return IsJoinCausing(c) || (f && f->initial != 0);
}
bool JoinsBackward(char32_t c) { return IsJoinCausing(c) || (FormsOf(c) && c != 0x0621); }

// Code points as a vector: a std::u32string would add its own string template instance to the download.
using Chars = std::vector<char32_t>;

enum class Dir : unsigned char { L, R, AL, EN, AN, CS, NSM, N };

Dir ClassOf(char32_t c) {
    if (c >= '0' && c <= '9') return Dir::EN;
    if (c == ',' || c == '.' || c == ':' || c == '/' || c == 0xA0) return Dir::CS;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return Dir::L;
    if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA ? Dir::L : Dir::N;
    if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x0591 && c <= 0x05C7) || IsArabicMark(c)) return Dir::NSM;
    if (c >= 0x0660 && c <= 0x0669) return Dir::AN;
    if (c >= 0x06F0 && c <= 0x06F9) return Dir::EN;
    if ((c >= 0x0590 && c <= 0x05FF) || (c >= 0xFB1D && c <= 0xFB4F) || (c >= 0x07C0 && c <= 0x085F)) return Dir::R;
    if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))
        return Dir::AL;
    if (c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE4F) ||
        (c >= 0xFF00 && c <= 0xFF20))
        return Dir::N;
    return Dir::L;  // letters of every other script
}

bool IsStrongRtl(Dir d) { return d == Dir::R || d == Dir::AL; }

bool IsExplicitFormatting(char32_t c) { return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F; }

Chars Decode(std::string_view utf8) {
    Chars out;
    out.reserve(utf8.size());
    ForEachCodePoint(utf8, [&](char32_t c) {
        if (!IsExplicitFormatting(c)) out.push_back(c);
    });
    return out;
}

std::string Encode(const Chars& text) {
    std::string out;
    out.reserve(text.size() * 2);
    for (const char32_t c : text) AppendUtf8(out, c);
    return out;
}

// The neighbour of text[i] in `step` direction, passing over vowel marks; 0 at the ends.
char32_t JoiningNeighbour(const Chars& text, std::size_t i, int step) {
    for (std::ptrdiff_t k = static_cast<std::ptrdiff_t>(i) + step; k >= 0 && k < static_cast<std::ptrdiff_t>(text.size()); k += step)
        if (!IsArabicMark(text[static_cast<std::size_t>(k)])) return text[static_cast<std::size_t>(k)];
    return 0;
}

Chars Shape(const Chars& text) {
    Chars out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        const ArabicForms* forms = FormsOf(c);
        if (!forms) {
            out.push_back(c);
            continue;
        }
        const bool joins_prev = JoinsBackward(c) && JoinsForward(JoiningNeighbour(text, i, -1));
        if (c == 0x0644 && i + 1 < text.size()) {
            const auto lig = std::find_if(std::begin(kLamAlef), std::end(kLamAlef), [&](const LamAlef& l) { return l.alef == text[i + 1]; });
            if (lig != std::end(kLamAlef)) {
                out.push_back(joins_prev ? lig->final : lig->isolated);
                ++i;
                continue;
            }
        }
        const bool joins_next = forms->initial != 0 && JoinsBackward(JoiningNeighbour(text, i, +1));
        out.push_back(joins_prev && joins_next ? forms->medial
                      : joins_prev             ? forms->final
                      : joins_next             ? forms->initial
                                               : forms->isolated);
    }
    return out;
}

// Resolves the weak and neutral types (rules W1-W7, N1-N2) of one line in place.
void ResolveTypes(std::vector<Dir>& t, Dir base) {
    Dir prev = base, last_strong = base;
    for (Dir& d : t) {
        if (d == Dir::NSM) d = prev;                                            // W1
        if (d == Dir::EN && last_strong == Dir::AL) d = Dir::AN;                // W2
        if (d == Dir::L || d == Dir::R || d == Dir::AL) last_strong = d;
        if (d == Dir::AL) d = Dir::R;                                           // W3
        prev = d;
    }
    for (std::size_t i = 1; i + 1 < t.size(); ++i)                              // W4
        if (t[i] == Dir::CS && t[i - 1] == t[i + 1] && (t[i - 1] == Dir::EN || t[i - 1] == Dir::AN)) t[i] = t[i - 1];
    last_strong = base;
    for (Dir& d : t) {
        if (d == Dir::CS) d = Dir::N;                                           // W6
        if (d == Dir::EN && last_strong == Dir::L) d = Dir::L;                  // W7
        if (d == Dir::L || d == Dir::R) last_strong = d;
    }
    auto strong = [](Dir d) { return d == Dir::L ? Dir::L : Dir::R; };        // numbers count as R here
    for (std::size_t i = 0; i < t.size();) {
        if (t[i] != Dir::N) { ++i; continue; }
        std::size_t j = i;
        while (j < t.size() && t[j] == Dir::N) ++j;
        const Dir before = i == 0 ? base : strong(t[i - 1]);
        const Dir after = j == t.size() ? base : strong(t[j]);
        std::fill(t.begin() + static_cast<std::ptrdiff_t>(i), t.begin() + static_cast<std::ptrdiff_t>(j), before == after ? before : base);
        i = j;
    }
}

char32_t Mirrored(char32_t c) {
    constexpr std::pair<char32_t, char32_t> kPairs[] = {{'(', ')'}, {'[', ']'}, {'{', '}'}, {'<', '>'}, {0xAB, 0xBB}, {0x2039, 0x203A}};
    for (const auto& [a, b] : kPairs) {
        if (c == a) return b;
        if (c == b) return a;
    }
    return c;
}

}  // namespace

bool HasRightToLeft(std::string_view utf8) {
    // Hebrew and Arabic letters start with the lead bytes 0xD6..0xDF (U+0580..U+07FF), 0xE0 (U+08xx) or
    // 0xEF (U+Fxxx): most text has none of them and is passed over without decoding.
    const bool maybe = std::any_of(utf8.begin(), utf8.end(), [](char ch) {
        const auto b = static_cast<unsigned char>(ch);
        return (b >= 0xD6 && b <= 0xE0) || b == 0xEF;
    });
    if (!maybe) return false;
    bool rtl = false;
    ForEachCodePoint(utf8, [&](char32_t c) { rtl = rtl || (c >= 0x0590 && IsStrongRtl(ClassOf(c))); });
    return rtl;
}

TextDirection FirstStrongDirection(std::string_view utf8) {
    for (std::size_t i = 0, n = 0; i < utf8.size(); i += n) {
        const Dir d = ClassOf(DecodeUtf8At(utf8, i, n));
        if (d == Dir::L) return TextDirection::LeftToRight;
        if (IsStrongRtl(d)) return TextDirection::RightToLeft;
    }
    return TextDirection::Neutral;
}

bool IsRightToLeftParagraph(std::string_view utf8) { return FirstStrongDirection(utf8) == TextDirection::RightToLeft; }

std::string ShapeArabic(std::string_view utf8) { return Encode(Shape(Decode(utf8))); }

std::string VisualLine(std::string_view utf8, bool rtl_paragraph) {
    if (!HasRightToLeft(utf8)) return std::string(utf8);
    Chars text = Shape(Decode(utf8));
    std::vector<Dir> types(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) types[i] = ClassOf(text[i]);
    const Dir base = rtl_paragraph ? Dir::R : Dir::L;
    ResolveTypes(types, base);
    const int base_level = rtl_paragraph ? 1 : 0;
    std::vector<int> levels(text.size());
    int max_level = base_level;
    for (std::size_t i = 0; i < text.size(); ++i) {                            // I1, I2
        const Dir d = types[i];
        levels[i] = base_level % 2 == 0 ? (d == Dir::R ? 1 : d == Dir::L ? 0 : 2) : (d == Dir::L || d == Dir::EN || d == Dir::AN ? 2 : 1);
        max_level = std::max(max_level, levels[i]);
    }
    for (std::size_t i = 0; i < text.size(); ++i)                               // L4
        if (levels[i] % 2 == 1) text[i] = Mirrored(text[i]);
    for (int level = max_level; level >= 1; --level) {                         // L2
        for (std::size_t i = 0; i < text.size();) {
            if (levels[i] < level) { ++i; continue; }
            std::size_t j = i;
            while (j < text.size() && levels[j] >= level) ++j;
            std::reverse(text.begin() + static_cast<std::ptrdiff_t>(i), text.begin() + static_cast<std::ptrdiff_t>(j));
            std::reverse(levels.begin() + static_cast<std::ptrdiff_t>(i), levels.begin() + static_cast<std::ptrdiff_t>(j));
            i = j;
        }
    }
    return Encode(text);
}

std::string ShapedForms(std::string_view utf8) {
    Chars forms;
    bool lam = false, alef = false;
    ForEachCodePoint(utf8, [&](char32_t c) {
        const ArabicForms* f = FormsOf(c);
        if (!f) return;
        lam = lam || c == 0x0644;
        alef = alef || std::any_of(std::begin(kLamAlef), std::end(kLamAlef), [c](const LamAlef& l) { return l.alef == c; });
        for (const char32_t form : {f->isolated, f->final, f->initial, f->medial})
            if (form != 0) forms.push_back(form);
    });
    if (lam && alef)
        for (const LamAlef& l : kLamAlef) forms.insert(forms.end(), {l.isolated, l.final});
    return Encode(forms);
}

}  // namespace portfolio
