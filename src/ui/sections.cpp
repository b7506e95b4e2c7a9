// The section table (ui/sections.h). Each row's functions live in the section's view file.
#include "ui/sections.h"

#include <algorithm>

namespace portfolio::ui {

// Defined in the view files (header.cpp, publications.cpp, projects.cpp, timeline.cpp, achievements.cpp, skills.cpp,
// references.cpp, contact.cpp).
void ShowHeader(const ViewContext&);
void ShowAbout(const ViewContext&);
void ShowPublications(const ViewContext&);
void ShowProjects(const ViewContext&);
void ShowExperience(const ViewContext&);
void ShowEducation(const ViewContext&);
void ShowVolunteer(const ViewContext&);
void ShowAwards(const ViewContext&);
void ShowCertificates(const ViewContext&);
void ShowSkills(const ViewContext&);
void ShowLanguages(const ViewContext&);
void ShowReferences(const ViewContext&);
void ShowContact(const ViewContext&);
bool AboutPresent(const Profile&);
bool ContactPresent(const Profile&);
void HeaderText(const Profile&, std::string&);
void AboutText(const Profile&, std::string&);
void PublicationsText(const Profile&, std::string&);
void ProjectsText(const Profile&, std::string&);
void ExperienceText(const Profile&, std::string&);
void EducationText(const Profile&, std::string&);
void VolunteerText(const Profile&, std::string&);
void AwardsText(const Profile&, std::string&);
void CertificatesText(const Profile&, std::string&);
void SkillsText(const Profile&, std::string&);
void LanguagesText(const Profile&, std::string&);
void ReferencesText(const Profile&, std::string&);
void ContactText(const Profile&, std::string&);

namespace {

bool Always(const Profile&) { return true; }
bool HasPublications(const Profile& p) { return !p.publications.empty(); }
bool HasProjects(const Profile& p) { return !p.projects.empty(); }
bool HasWork(const Profile& p) { return !p.work.empty(); }
bool HasEducation(const Profile& p) { return !p.education.empty(); }
bool HasVolunteer(const Profile& p) { return !p.volunteer.empty(); }
bool HasAwards(const Profile& p) { return !p.awards.empty(); }
bool HasCertificates(const Profile& p) { return !p.certificates.empty(); }
bool HasSkills(const Profile& p) { return !p.skills.empty(); }
bool HasLanguages(const Profile& p) { return !p.languages.empty(); }
bool HasReferences(const Profile& p) { return !p.references.empty(); }

constexpr SectionRow kSections[] = {
    // id              nav label        embed name       present          show              text
    {"header",         nullptr,         "profile",       Always,          ShowHeader,       HeaderText},
    {"about",          "About",         "profile",       AboutPresent,    ShowAbout,        AboutText},
    {"publications",   "Publications",  "publications",  HasPublications, ShowPublications, PublicationsText},
    {"projects",       "Projects",      "projects",      HasProjects,     ShowProjects,     ProjectsText},
    {"experience",     "Experience",    nullptr,         HasWork,         ShowExperience,   ExperienceText},
    {"volunteer",      "Experience",    nullptr,         HasVolunteer,    ShowVolunteer,    VolunteerText},
    {"education",      "Experience",    nullptr,         HasEducation,    ShowEducation,    EducationText},
    {"awards",         "Experience",    nullptr,         HasAwards,       ShowAwards,       AwardsText},
    {"certificates",   "Experience",    nullptr,         HasCertificates, ShowCertificates, CertificatesText},
    {"skills",         "Skills",        nullptr,         HasSkills,       ShowSkills,       SkillsText},
    {"languages",      "Skills",        nullptr,         HasLanguages,    ShowLanguages,    LanguagesText},
    {"references",     nullptr,         nullptr,         HasReferences,   ShowReferences,   ReferencesText},
    {"contact",        "Contact",       "contact",       ContactPresent,  ShowContact,      ContactText},
};

}  // namespace

std::span<const SectionRow> Sections() { return kSections; }

const SectionRow* FindSection(std::string_view id) {
    for (const SectionRow& row : kSections)
        if (id == row.id) return &row;
    return nullptr;
}

bool IsEmbedName(std::string_view name) {
    return name == "all" || std::any_of(std::begin(kSections), std::end(kSections), [&](const SectionRow& row) {
               return row.embed != nullptr && name == row.embed;
           });
}

std::string CollectProfileText(const Profile& profile) {
    std::string all;
    for (const SectionRow& row : kSections) row.text(profile, all);
    return all;
}

}  // namespace portfolio::ui
