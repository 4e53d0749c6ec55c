// The library exists to carry the compiled translations (:/i18n/*.qm) into each executable.
namespace cd {
int translationsAnchor()
{
    return 0;
}
} // namespace cd
