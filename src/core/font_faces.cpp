// The fallback face table and the plan of files a profile's text needs (core/font_faces.h).
#include "core/font_faces.h"

#include <algorithm>
#include <cstdio>

#include "core/text.h"

namespace portfolio {
namespace {

// Blocks Inter has that the web's Inter subset leaves out (the desktop's subset keeps them).
constexpr CodeRange kInterRanges[] = {
    {0x00A0, 0x00FF},  // Latin-1 letters and signs (the first frame has only those the bundled profile uses)
    {0x0100, 0x024F},  // Latin Extended-A and -B (Polish, Czech, Turkish, Romanian, Pinyin...)
    {0x0250, 0x02FF},  // IPA, spacing modifiers
    {0x0300, 0x036F},  // combining diacritics
    {0x0370, 0x03FF},  // Greek and Coptic
    {0x0400, 0x052F},  // Cyrillic and its supplement
    {0x1E00, 0x1EFF},  // Latin Extended Additional (Vietnamese)
    {0x1F00, 0x1FFF},  // Greek Extended
    {0x2000, 0x206F},  // general punctuation (dashes, quotes, ellipsis, per mille...)
    {0x2070, 0x20CF},  // superscripts, subscripts, currency signs
    {0x2100, 0x214F},  // letterlike symbols (™, №, ℃)
    {0x2150, 0x218F},  // number forms (½, Ⅳ)
    {0x2190, 0x21FF},  // arrows
    {0x2200, 0x22FF},  // mathematical operators
};
constexpr CodeRange kCjkRanges[] = {
    {0x1100, 0x11FF},  // Hangul Jamo
    {0x2E80, 0x2FDF},  // CJK and Kangxi radicals
    {0x3000, 0x303F},  // CJK symbols and punctuation
    {0x3040, 0x30FF},  // hiragana, katakana
    {0x3100, 0x31FF},  // bopomofo, Hangul compatibility jamo, katakana extensions
    {0x3200, 0x33FF},  // enclosed CJK letters, compatibility
    {0x3400, 0x4DBF},  // CJK Extension A
    {0x4E00, 0x9FFF},  // CJK Unified Ideographs
    {0xA960, 0xA97F},  // Hangul Jamo Extended-A
    {0xAC00, 0xD7AF},  // Hangul syllables
    {0xF900, 0xFAFF},  // CJK compatibility ideographs
    {0xFF00, 0xFFEF},  // halfwidth and fullwidth forms
};
constexpr CodeRange kArabicRanges[] = {
    {0x0600, 0x06FF},  // Arabic
    {0x0750, 0x077F},  // Arabic Supplement
    {0x08A0, 0x08FF},  // Arabic Extended-A
    {0xFB50, 0xFDFF},  // Arabic Presentation Forms-A (Persian and Urdu letters' joining forms)
    {0xFE70, 0xFEFF},  // Arabic Presentation Forms-B (the joining forms core/bidi shapes into)
};
constexpr CodeRange kHebrewRanges[] = {
    {0x0590, 0x05FF},  // Hebrew
    {0xFB1D, 0xFB4F},  // Hebrew presentation forms
};

#define PORTFOLIO_NOTO_OTF "/usr/share/fonts/opentype/noto/"
#define PORTFOLIO_NOTO_TTF "/usr/share/fonts/truetype/noto/"
constexpr FallbackFace kFaces[] = {
    {"inter", true, kInterRanges, nullptr, nullptr, 0, 1.0f},
    {"cjk-jp", false, kCjkRanges, PORTFOLIO_NOTO_OTF "NotoSansCJK-Regular.ttc", PORTFOLIO_NOTO_OTF "NotoSansCJK-Bold.ttc", 0, 1.0f},
    {"cjk-sc", false, kCjkRanges, PORTFOLIO_NOTO_OTF "NotoSansCJK-Regular.ttc", PORTFOLIO_NOTO_OTF "NotoSansCJK-Bold.ttc", 2, 1.0f},
    {"arabic", false, kArabicRanges, PORTFOLIO_NOTO_TTF "NotoSansArabic-Regular.ttf", PORTFOLIO_NOTO_TTF "NotoSansArabic-Bold.ttf", 0, 1.18f},
    {"hebrew", false, kHebrewRanges, PORTFOLIO_NOTO_TTF "NotoSansHebrew-Regular.ttf", PORTFOLIO_NOTO_TTF "NotoSansHebrew-Bold.ttf", 0, 1.04f},
};

bool InRanges(std::span<const CodeRange> ranges, char32_t c) {
    return std::any_of(ranges.begin(), ranges.end(), [c](const CodeRange& r) { return c >= r.first && c <= r.last; });
}

bool IsInter(const FallbackFace& face) { return face.ranges.data() == kInterRanges; }

// Inter has every weight; a Noto face only Regular and Bold.
char WeightLetter(const FallbackFace& face, FaceWeight weight) {
    switch (weight) {
        case FaceWeight::Regular: return 'r';
        case FaceWeight::Italic: return IsInter(face) ? 'i' : 'r';
        case FaceWeight::SemiBold: return IsInter(face) ? 's' : 'b';
        case FaceWeight::Bold: return 'b';
    }
    return 'r';
}

}  // namespace

std::span<const FallbackFace> FallbackFaces() { return kFaces; }

const FallbackFace* FaceFor(char32_t c, bool prefer_japanese) {
    for (const FallbackFace& face : kFaces) {
        if (face.ranges.data() == kCjkRanges && (face.font_no == 0) != prefer_japanese) continue;
        if (InRanges(face.ranges, c)) return &face;
    }
    return nullptr;
}

bool PrefersJapanese(std::string_view utf8) {
    bool kana = false;
    ForEachCodePoint(utf8, [&](char32_t c) { kana = kana || (c >= 0x3040 && c <= 0x30FF && c != 0x30FB && c != 0x30FC); });
    return kana;
}

std::string SliceName(const FallbackFace& face, FaceWeight weight, char32_t c) {
    char block[16];
    std::snprintf(block, sizeof block, "%04X", static_cast<unsigned>(c & ~char32_t{0xFF}));
    return std::string(face.id) + "-" + WeightLetter(face, weight) + "-" + block + ".otf";
}

bool FallbackPlan::empty() const {
    return std::all_of(std::begin(files), std::end(files), [](const std::vector<FaceFile>& f) { return f.empty(); });
}

FallbackPlan PlanFallback(std::string_view utf8, bool sliced) {
    FallbackPlan plan;
    const bool japanese = PrefersJapanese(utf8);
    ForEachCodePoint(utf8, [&](char32_t c) {
        const FallbackFace* face = c >= 0x80 ? FaceFor(c, japanese) : nullptr;
        if (!face || (face->web_only && !sliced)) return;
        for (int w = 0; w < kFaceWeights; ++w) {
            const auto weight = static_cast<FaceWeight>(w);
            const bool bold = WeightLetter(*face, weight) == 'b' || WeightLetter(*face, weight) == 's';
            FaceFile file{sliced ? SliceName(*face, weight, c) : std::string(bold ? face->bold : face->regular),
                          sliced ? 0 : face->font_no, face->scale};
            std::vector<FaceFile>& files = plan.files[w];
            if (std::find(files.begin(), files.end(), file) == files.end()) files.push_back(std::move(file));
        }
    });
    return plan;
}

bool IsInvisibleFormat(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF;
}

}  // namespace portfolio
