// The outcome of a patient-store operation: a value, or an Error (field + message) with a kind,
// so the UI can tell a stale save (Conflict) or a read-only file from plain bad input.
// Result<T> is an Expected<T>, so error().text() gives the one line to show.
#pragma once

#include "expected.h"

#include <utility>

namespace lento::store {

enum class ErrorKind {
    None,
    Invalid, // bad input; Error::path names the field
    NotFound, // no such patient, plan, version, visit or file
    Duplicate, // e.g. a patient identifier already in use
    Conflict, // saving over a version or revision newer than the one edited
    ReadOnly, // the store was opened read-only (newer schema, read-only file, or on request)
    Corrupt, // integrity check failed; the file is left untouched
    NewerSchema, // written by a newer Lento
    DiskFull, // the database or the disk is full
    Busy, // another process held the lock past the busy timeout
    NotOpen, // no database is open
    Io, // any other failure of the file or the database engine
};

// An operation that returns nothing but success.
struct Done
{
};

template <typename T> class Result : public Expected<T>
{
public:
    Result(T value) : Expected<T>(std::move(value)) { }
    Result(Error error, ErrorKind kind = ErrorKind::Invalid) : Expected<T>(std::move(error)), m_kind(kind) { }

    // On a temporary (`for (auto &p : *store.searchPatients(x))`) the value is moved out, so
    // nothing refers into a Result that is already gone.
    const T &operator*() const & { return this->value(); }
    T operator*() && { return std::move(*this).value(); }

    ErrorKind kind() const { return this->ok() ? ErrorKind::None : m_kind; }
    bool isConflict() const { return kind() == ErrorKind::Conflict; }

    // The same error as a Result of another type, for passing a failure up.
    template <typename U> Result<U> failure() const { return Result<U>(this->error(), m_kind); }

private:
    ErrorKind m_kind = ErrorKind::None;
};

using Status = Result<Done>;

} // namespace lento::store
