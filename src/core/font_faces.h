// The fonts behind Inter: which face draws a character Inter lacks (CJK, Arabic, Hebrew; on the web also
// Greek, Cyrillic and rarer Latin, which the bundled Inter subset leaves out), and where that face's
// file is. The desktop reads Debian's installed Noto files whole; the web fetches small slices of them
// (one file per face, weight and block of 256 code points, cut at build time by src/font_slices.py,
// which reads kFallbackFaces below) only when a profile needs them.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace portfolio {

// The weights the views use: Inter has all four; the Noto faces have Regular and Bold (Italic draws
// with Regular, SemiBold with Bold).
enum class FaceWeight { Regular, Italic, SemiBold, Bold };
constexpr int kFaceWeights = 4;

struct CodeRange {
    char32_t first, last;  // inclusive
};

struct FallbackFace {
    const char* id;          // slice file prefix: "inter", "cjk-jp", "cjk-sc", "arabic", "hebrew"
    bool web_only;           // the desktop's Inter subset already has these (Greek, Cyrillic, ...)
    std::span<const CodeRange> ranges;
    const char* regular;     // installed file (Debian's font packages), Regular and Bold
    const char* bold;
    int font_no;             // face index inside a .ttc collection
    float scale;             // size against Inter's: Noto Sans Arabic draws small at the same pixel size
};

// Every fallback face, in the order a character is looked for. The ranges are also what the web
// slices cover (font_slices.py parses this table: keep one range per line as {0x..., 0x...}).
std::span<const FallbackFace> FallbackFaces();

// The face that draws `c`, or nullptr when Inter's subset is meant to have it (or nothing does).
// Han characters go to the Japanese face when the text has kana, else to the Simplified Chinese one;
// `prefer_japanese` says which.
const FallbackFace* FaceFor(char32_t c, bool prefer_japanese);

// True when the text holds hiragana or katakana: its Han characters are drawn in Japanese forms.
bool PrefersJapanese(std::string_view utf8);

// One font file a role merges: a slice name (web) or an installed path (desktop), and its face index.
struct FaceFile {
    std::string key;
    int font_no = 0;
    float scale = 1.0f;
    friend bool operator==(const FaceFile&, const FaceFile&) = default;
};

// The slice that holds `c` in `face` at `weight`: "cjk-sc-r-4E00.otf" (r, i, s, b; Noto faces only r, b).
std::string SliceName(const FallbackFace& face, FaceWeight weight, char32_t c);

// For each weight, the files to merge after Inter so that every character of `utf8` Inter's subset
// lacks has a glyph: slices when `sliced`, installed files otherwise (web_only faces are skipped then).
// Each file appears once per weight, in the order its characters first appear.
struct FallbackPlan {
    std::vector<FaceFile> files[kFaceWeights];
    bool empty() const;
};
FallbackPlan PlanFallback(std::string_view utf8, bool sliced);

// Characters with no glyph of their own that never count as missing: controls, joiners, marks of
// direction, variation selectors, the byte order mark.
bool IsInvisibleFormat(char32_t c);

}  // namespace portfolio
