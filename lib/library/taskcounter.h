#pragma once

#include <atomic>
#include <utility>

namespace awb {

/// Counts the worker tasks that are still alive. A task captures a token by value; the count
/// drops when the last copy of the task's function is gone, run or skipped. Owners that no longer
/// wait for their workers expose the count so tests can wait until teardown has really ended.
class TaskCounter
{
public:
    class Token
    {
    public:
        explicit Token(std::atomic_int &count)
            : m_count(&count)
        {
            ++*m_count;
        }
        Token(const Token &other)
            : m_count(other.m_count)
        {
            if (m_count)
                ++*m_count;
        }
        /// A task that moves its function (to call it) moves the count along.
        Token(Token &&other) noexcept
            : m_count(std::exchange(other.m_count, nullptr))
        { }
        Token &operator=(const Token &) = delete;
        ~Token()
        {
            if (m_count)
                --*m_count;
        }

    private:
        std::atomic_int *m_count;
    };

    Token token() { return Token(m_count); }
    int alive() const { return m_count.load(); }

private:
    std::atomic_int m_count { 0 };
};

} // namespace awb
