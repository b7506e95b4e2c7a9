// The library of hostile profiles (issue #16): what other people's files and attackers hand the app.
// Each has its expected outcome: shown as it is, shown with a problem the owner reads (a diagnostic at a
// JSON path, with part of its message), or not shown (the document is refused with one clear error).
// Inputs too large to keep in git (a 1 MB title, 100k authors, 100k levels of nesting, a file over the
// size limit) are built by a function here. Read by the loader's tests and the headless UI test, which
// also checks that every file in tests/fixtures/hostile has an entry. Together with malformed_cases.h
// (tests/fixtures/malformed) this is the library of bad input.
#pragma once

#include <string>
#include <string_view>

namespace portfolio::test {

enum class Outcome { Shown, ShownWithProblem, NotShown };

struct HostileCase {
    const char* name;        // a file in tests/fixtures/hostile, or the name of a generated input
    std::string (*make)();   // builds the input; nullptr: read the file
    Outcome outcome;
    const char* path;        // where the owner is told the problem (nullptr: no diagnostic at all)
    const char* message;     // a part of that message
    const char* name_shown;  // basics.name as loaded (nullptr: not checked)
};

inline std::string HugeTitle() {
    return R"({"basics": {"name": "Ada Lovelace"}, "publications": [{"name": ")" + std::string(1u << 20, 'T') + R"("}]})";
}
inline std::string ManyAuthors() {
    std::string authors;
    for (int i = 0; i < 100000; ++i) authors += (i ? ",\"A" : "\"A") + std::to_string(i) + "\"";
    return R"({"basics": {"name": "Ada Lovelace"}, "publications": [{"name": "Big science", "authors": [)" + authors + "]}]}";
}
inline std::string DeepNesting() {
    return R"({"basics": {"name": "Ada Lovelace"}, "meta": )" + std::string(100000, '[') + std::string(100000, ']') + "}";
}
inline std::string ManyKeys() {  // one object with 100k distinct keys: each checked against the others once
    std::string meta;
    for (int i = 0; i < 100000; ++i) meta += (i ? ",\"k" : "\"k") + std::to_string(i) + "\": " + std::to_string(i);
    return R"({"basics": {"name": "Ada Lovelace"}, "meta": {)" + meta + "}}";
}
inline std::string OverSizeLimit() {
    std::string text = R"({"basics": {"name": "Ada Lovelace"}})";
    text.append((16u << 20) + 1 - text.size(), ' ');
    return text;
}
// An inline bibliography (its problems name the entry, "@misc{deep}", and the BibTeX text as their file):
// 100k levels of braces, a never-closed entry, a javascript: link, 4000 authors, and a good entry after them.
inline std::string HostileBibliography() {
    std::string authors;
    for (int i = 0; i < 4000; ++i) authors += (i ? " and A" : "A") + std::to_string(i) + ", B";
    const std::string bib = "@misc{deep, title={" + std::string(100000, '{') + "}\\n@misc{open, title={Open}\\n" +
                            "@misc{js, title={Click}, url={javascript:alert(1)}}\\n@misc{many, title={Many}, author={" + authors +
                            "}}\\n@article{ok, title={Still {Here}}, author={Lovelace, Ada}}\\n";
    return R"({"basics": {"name": "Ada Lovelace"}, "bibliography": {"bibtex": ")" + bib + "\"}}";
}

inline constexpr HostileCase kHostileCases[] = {
    // Encodings and bytes.
    {"bom-utf8.json", nullptr, Outcome::Shown, nullptr, nullptr, "Ada Lovelace"},
    {"bom-utf16le.json", nullptr, Outcome::NotShown, "$", "the file is UTF-16 text", nullptr},
    {"overlong-utf8.json", nullptr, Outcome::NotShown, "$", "ill-formed UTF-8 byte", nullptr},
    {"lone-surrogate.json", nullptr, Outcome::NotShown, "$", "surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF", nullptr},
    {"binary-garbage.json", nullptr, Outcome::NotShown, "$", "holds a NUL byte here: it is not a JSON text file", nullptr},
    {"control-characters.json", nullptr, Outcome::ShownWithProblem, "$.basics.name", "control characters (such as NUL or BEL) removed", "Ada Lovelace"},
    {"only-whitespace.json", nullptr, Outcome::NotShown, "$", "profile is empty", nullptr},
    // Syntax that JSON does not have, or text that stops early.
    {"nan.json", nullptr, Outcome::NotShown, "$", "invalid literal", nullptr},
    {"infinity.json", nullptr, Outcome::NotShown, "$", "invalid number", nullptr},
    // 1e999 is valid JSON syntax (RFC 8259 sets no range); the app reads no such number, so the profile loads.
    {"number-overflow.json", nullptr, Outcome::Shown, nullptr, nullptr, "Ada"},
    {"comments.json", nullptr, Outcome::NotShown, "$", "JSON has no comments: remove the // or /* */ comment", nullptr},
    {"truncated-in-string.json", nullptr, Outcome::NotShown, "$", "missing closing quote", nullptr},
    {"trailing-garbage.json", nullptr, Outcome::NotShown, "$", "expected end of input", nullptr},
    // Shapes and types.
    {"duplicate-keys.json", nullptr, Outcome::ShownWithProblem, "$.basics.name", "is given more than once in this object; the last value is used", "Ada Lovelace"},
    {"date-as-number.json", nullptr, Outcome::ShownWithProblem, "$.publications[0].releaseDate", "a number where text is expected; read as \"1843\"", "Ada Lovelace"},
    {"numbers-as-strings.json", nullptr, Outcome::ShownWithProblem, "$.publications[0].topics[0]", "expected a string, found a number", "Ada Lovelace"},
    {"basics-is-a-list.json", nullptr, Outcome::ShownWithProblem, "$.basics", "expected an object, found a list", ""},
    {"nulls-everywhere.json", nullptr, Outcome::ShownWithProblem, "$.projects[0]", "expected an object, found null; entry skipped", "Ada Lovelace"},
    {"empty-object.json", nullptr, Outcome::ShownWithProblem, "$.basics", "missing required object \"basics\"", ""},
    // Dates.
    {"date-month-13-day-45.json", nullptr, Outcome::ShownWithProblem, "$.publications[0].releaseDate", "invalid date \"2024-13-45\"", "Ada Lovelace"},
    {"date-feb-30.json", nullptr, Outcome::ShownWithProblem, "$.work[0].startDate", "invalid date \"2023-02-30\"", "Ada Lovelace"},
    {"year-99999.json", nullptr, Outcome::ShownWithProblem, "$.education[0].startDate", "invalid date \"99999-01\"", "Ada Lovelace"},
    // Links and text that try to run code.
    {"javascript-in-markup.json", nullptr, Outcome::ShownWithProblem, "$.basics.summary", "the link \"javascript:alert(document.cookie)\" in the text is shown as plain text", "Ada Lovelace"},
    {"data-url-profile.json", nullptr, Outcome::ShownWithProblem, "$.basics.profiles[0].url", "link scheme \"data:\" is not allowed", "Ada Lovelace"},
    {"vbscript-mixed-case.json", nullptr, Outcome::ShownWithProblem, "$.basics.url", "link scheme \"javascript:\" is not allowed", "Ada Lovelace"},
    {"uppercase-schemes.json", nullptr, Outcome::Shown, nullptr, nullptr, "Ada Lovelace"},  // links canonical: "https://..."
    {"html-in-text.json", nullptr, Outcome::Shown, nullptr, nullptr, "<img src=x onerror=alert(1)>"},
    // Every script, as written.
    {"rtl-and-bidi-override.json", nullptr, Outcome::Shown, nullptr, nullptr, "\u0622\u062f\u0627 \u0644\u0648\u0641\u0644\u064a\u0633"},
    {"combining-marks.json", nullptr, Outcome::Shown, nullptr, nullptr, "A\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308da Lo\u0338velace"},
    {"emoji.json", nullptr, Outcome::Shown, nullptr, nullptr, "Ada Lovelace \U0001F469\u200D\U0001F4BB"},
    {"cjk-names.json", nullptr, Outcome::Shown, nullptr, nullptr, "\u8d75\u8f69\u78ca"},
    // Sizes past the limits (built here).
    {"title-1mb", HugeTitle, Outcome::ShownWithProblem, "$.publications[0].name", "text is 1048576 bytes long; cut to 65536 bytes", "Ada Lovelace"},
    {"authors-100k", ManyAuthors, Outcome::ShownWithProblem, "$.publications[0].authors", "list has 100000 entries; only the first 50000 are read", "Ada Lovelace"},
    {"keys-100k", ManyKeys, Outcome::Shown, nullptr, nullptr, "Ada Lovelace"},
    {"nesting-100k", DeepNesting, Outcome::NotShown, "$", "nesting deeper than 64 levels", nullptr},
    {"bibliography-hostile", HostileBibliography, Outcome::ShownWithProblem, "@misc{deep}", "braces nested more than 64 deep", "Ada Lovelace"},
    {"over-16mb", OverSizeLimit, Outcome::NotShown, "$", "profile is 16777217 bytes; the limit is 16777216 bytes", nullptr},
};

inline const HostileCase* FindHostileCase(std::string_view name) {
    for (const HostileCase& c : kHostileCases)
        if (name == c.name) return &c;
    return nullptr;
}

}  // namespace portfolio::test
