// Keeps lento_report a real archive while it has no other translation unit.
namespace lento::report { int reportLibraryAnchor = 0; }
