// Pieces of HTML shared by the twin's sections and the publication pages (core/html_export). Every
// text is escaped; every link goes through CheckUrl and is written as plain text when refused.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/profile.h"

namespace portfolio::html {

// <a href> when `url` is allowed, else the escaped text alone; `rel` is a fixed word list ("me").
void AppendLink(std::string& out, std::string_view url, std::string_view text, std::string_view rel = {});
void AppendPerson(std::string& out, const Person& person);
void AppendPeople(std::string& out, const std::vector<Person>& people);  // "A, B, C"
// The author list, the owner in <strong>, equal contribution marked with '*'.
void AppendAuthors(std::string& out, const Publication& pub);
// A <ul> of the allowed links ("Paper", "Code", ...), the primary URL first; nothing when none is allowed.
void AppendLinks(std::string& out, const std::vector<Link>& links, std::string_view primary);
void AppendParagraph(std::string& out, std::string_view text, std::string_view cls = {});  // nothing when empty
void AppendChips(std::string& out, const std::vector<std::string>& words);              // a <ul class="twin-chips">

}  // namespace portfolio::html
