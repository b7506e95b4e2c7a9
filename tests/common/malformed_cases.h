// The expected outcome of every file in tests/fixtures/malformed: the diagnostic the owner must read
// (its JSON path, line:column and a part of the message) and whether the rest of the profile is kept.
// Read by the loader's tests (tests/core/load_test.cpp) and the headless UI test (tests/ui/ui_test.cpp),
// which also checks that no file in the folder is missing from this list.
#pragma once

#include <string_view>

namespace portfolio::test {

struct MalformedCase {
    const char* file;
    const char* path;
    int line;
    int column;
    const char* message;  // a part of the message the owner reads
    bool renders_rest;    // the document parsed and the valid parts were kept
};

inline constexpr MalformedCase kMalformedCases[] = {
    {"syntax-missing-comma.json", "$", 5, 5, "JSON syntax error: expected ',' or '}' after an object member, found a string (is a comma missing?)", false},
    {"syntax-trailing-comma.json", "$", 4, 24, "expected a key after ',', found '}' (JSON allows no comma before a closing brace)", false},
    {"syntax-truncated.json", "$", 3, 1, "unexpected end of input: an object is not closed (a '}' is missing)", false},
    {"root-not-object.json", "$", 1, 1, "expected the profile to be a JSON object, found a list", false},
    {"empty.json", "$", 1, 1, "profile is empty: expected a JSON object", false},
    {"missing-name.json", "$.basics.name", 2, 13, "missing required field \"name\"", true},
    {"name-wrong-type.json", "$.basics.name", 2, 23, "expected a string, found a number", true},
    {"publications-not-list.json", "$.publications", 3, 19, "expected a list, found an object", true},
    {"publication-missing-title.json", "$.publications[1].name", 5, 5, "missing required field \"name\"", true},
    {"invalid-date.json", "$.publications[0].releaseDate", 4, 39, "invalid date \"1843-13\": expected YYYY, YYYY-MM or YYYY-MM-DD", true},
    {"invalid-date-words.json", "$.work[0].startDate", 4, 38, "invalid date \"Autumn 1842\"", true},
    {"bad-url-javascript.json", "$.basics.url", 4, 12, "link scheme \"javascript:\" is not allowed (only http, https and mailto)", true},
    {"bad-url-no-scheme.json", "$.projects[0].url", 4, 32, "link has no scheme: \"www.example.org/engine\" is read as \"https://www.example.org/engine\"", true},
    {"bad-email.json", "$.basics.email", 2, 39, "invalid e-mail address \"ada at example dot org\"", true},
    {"authors-wrong-types.json", "$.publications[0].authors[1]", 4, 44, "expected a string, found a number", true},
    {"enum-and-link-missing-url.json", "$.publications[0].links[0].url", 4, 61, "missing required field \"url\"; link skipped", true},
    {"unknown-topic-and-colour.json", "$.topics[0].color", 3, 43, "invalid colour \"teal\"", true},
    {"invalid-utf8.json", "$", 2, 48, "invalid string: ill-formed UTF-8 byte", false},
    {"deeply-nested.json", "$", 3, 75, "nesting deeper than 64 levels", false},
    {"huge-string.json", "$.basics.summary", 4, 16, "text is 200000 bytes long; cut to 65536 bytes (limit 65536)", true},
    {"entries-wrong-shape.json", "$.work[0]", 3, 13, "expected an object, found a string; entry skipped", true},
};

inline const MalformedCase* FindMalformedCase(std::string_view file) {
    for (const MalformedCase& c : kMalformedCases)
        if (file == c.file) return &c;
    return nullptr;
}

}  // namespace portfolio::test
