#include "lexicalindex.h"

#include "agent/example.h"
#include "textanalyzer.h"

#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>

namespace awb {

struct LexicalIndex::TextCounts
{
    QHash<QString, QString> words; ///< stem → the first word seen with it
    QHash<QString, float> tf;
    double length = 0;
    QList<QPair<QHash<QString, float>, double>> examples;
};

namespace {

// One analyzer per thread: the stemmer keeps state between calls.
const TextAnalyzer &analyzer()
{
    thread_local TextAnalyzer instance;
    return instance;
}

void count(const QString &text, double weight, QHash<QString, float> *tf, double *length,
    QHash<QString, QString> *words = nullptr)
{
    for (const TextAnalyzer::Token &token : analyzer().tokens(text)) {
        (*tf)[token.term] += float(weight);
        *length += weight;
        if (words && !words->contains(token.term))
            words->insert(token.term, text.mid(token.span.start, token.span.length).toLower());
    }
}

QString exampleText(const AgentExample &example)
{
    QString text = example.context;
    for (const AgentExample::Turn &turn : example.turns)
        text += QLatin1Char('\n') + turn.text;
    return text + QLatin1Char('\n') + example.commentary;
}

QString withoutExamples(const QString &description)
{
    QList<ExampleCodec::Span> spans;
    ExampleCodec::parse(description, &spans);
    if (spans.isEmpty())
        return description;
    QString rest;
    qsizetype at = 0;
    for (const ExampleCodec::Span &span : std::as_const(spans)) {
        rest += QStringView(description).mid(at, span.start - at);
        rest += QLatin1Char('\n');
        at = span.end;
    }
    rest += QStringView(description).mid(at);
    return rest;
}

// Explains one cell: everything is recomputed from the index's snapshot, on demand.
class LexicalExplainer : public TriggerExplainer
{
public:
    LexicalExplainer(const LexicalIndex &index, const TriggerPrompts &prompts)
        : m_index(index)
        , m_prompts(prompts)
    { }
    CellExplanation explain(int prompt, int agent) const override
    {
        if (prompt < 0 || prompt >= m_prompts.size() || agent < 0 || agent >= m_index.agentCount())
            return {};
        return m_index.explain(m_prompts.at(prompt), agent);
    }

private:
    LexicalIndex m_index; // implicitly shared with the index it was taken from
    TriggerPrompts m_prompts;
};

} // namespace

LexicalIndex::LexicalIndex() = default;

LexicalIndex::LexicalIndex(const TriggerAgents &agents, const Parameters &parameters)
    : m_parameters(parameters)
{
    setAgents(agents);
}

LexicalIndex::TextCounts LexicalIndex::analyze(const TriggerAgent &agent, double nameWeight)
{
    TextCounts counts;
    count(agent.name, nameWeight, &counts.tf, &counts.length, &counts.words);
    count(withoutExamples(agent.description), 1.0, &counts.tf, &counts.length, &counts.words);
    for (const AgentExample &example : agent.examples) {
        QHash<QString, float> tf;
        double length = 0;
        count(exampleText(example), 1.0, &tf, &length, &counts.words);
        for (auto it = tf.cbegin(); it != tf.cend(); ++it)
            counts.tf[it.key()] += it.value();
        counts.length += length;
        counts.examples.append({ tf, length });
    }
    return counts;
}

int LexicalIndex::termId(const QString &term)
{
    const auto it = m_termIds.constFind(term);
    if (it != m_termIds.constEnd())
        return *it;
    const int id = int(m_terms.size());
    m_termIds.insert(term, id);
    m_terms.append(term);
    m_words.append(term);
    m_postings.emplaceBack();
    m_idf.append(idfFor(0));
    return id;
}

LexicalIndex::Document LexicalIndex::toIds(const TextCounts &counts)
{
    Document doc;
    doc.all.length = counts.length;
    doc.all.tf.reserve(counts.tf.size());
    // Sorted, so that term ids (and every tie broken by them) do not depend on QHash's seed.
    QStringList terms = counts.tf.keys();
    terms.sort();
    for (const QString &term : std::as_const(terms)) {
        const bool known = m_termIds.contains(term);
        const int id = termId(term);
        doc.all.tf.insert(id, counts.tf.value(term));
        if (!known)
            m_words[id] = counts.words.value(term, term);
    }
    for (const auto &example : counts.examples) {
        Counts c;
        c.length = example.second;
        for (auto it = example.first.cbegin(); it != example.first.cend(); ++it)
            c.tf.insert(termId(it.key()), it.value());
        doc.examples.append(c);
    }
    return doc;
}

double LexicalIndex::idfFor(int df) const
{
    const double n = double(m_agents.size());
    return std::log(1.0 + (n - df + 0.5) / (df + 0.5));
}

void LexicalIndex::updateIdf(int term)
{
    m_idf[term] = idfFor(int(m_postings.at(term).size()));
}

void LexicalIndex::updateNorms()
{
    const double avg = averageLength();
    const double k1 = m_parameters.k1;
    const double b = m_parameters.b;
    m_norm.resize(m_docs.size());
    for (int d = 0; d < m_docs.size(); ++d)
        m_norm[d] = k1 * (1.0 - b + b * (avg > 0 ? m_docs.at(d).all.length / avg : 0.0));
}

void LexicalIndex::addPostings(int agent)
{
    const Counts &all = m_docs.at(agent).all;
    for (auto it = all.tf.cbegin(); it != all.tf.cend(); ++it)
        m_postings[it.key()].append(Posting { agent, it.value() });
}

void LexicalIndex::removePostings(int agent)
{
    const Counts &all = m_docs.at(agent).all;
    for (auto it = all.tf.cbegin(); it != all.tf.cend(); ++it) {
        QList<Posting> &list = m_postings[it.key()];
        list.removeIf([agent](const Posting &p) { return p.agent == agent; });
    }
}

namespace {

/// The threads that analyse agents and score prompts. Not the global pool: the index is built and
/// used from tasks on the global pool (the live worker, the pane's analysis, runs), and a blocking
/// map there waits for that pool's free threads, which other tasks doing the same may hold.
QThreadPool &analysisPool()
{
    static QThreadPool pool;
    return pool;
}

} // namespace

void LexicalIndex::setAgents(const TriggerAgents &agents)
{
    m_agents = agents;
    m_docs.clear();
    m_termIds.clear();
    m_terms.clear();
    m_words.clear();
    m_postings.clear();
    m_idf.clear();
    m_agentIds.clear();
    m_totalLength = 0;
    const double nameWeight = m_parameters.nameWeight;
    // Tokenising and stemming is the expensive part: in parallel, one analyzer per thread.
    const QList<TextCounts> analyzed = QtConcurrent::blockingMapped(
        &analysisPool(), agents, [nameWeight](const TriggerAgent &agent) { return analyze(agent, nameWeight); });
    m_docs.reserve(agents.size());
    for (int a = 0; a < agents.size(); ++a) {
        m_docs.append(toIds(analyzed.at(a)));
        m_totalLength += m_docs.last().all.length;
        m_agentIds.insert(agents.at(a).name, a);
    }
    for (int a = 0; a < m_docs.size(); ++a)
        addPostings(a);
    for (int t = 0; t < m_terms.size(); ++t)
        updateIdf(t);
    updateNorms();
}

void LexicalIndex::updateAgent(int index, const TriggerAgent &agent)
{
    if (index < 0 || index >= m_agents.size())
        return;
    const QSet<int> before = [&] {
        QSet<int> set;
        for (auto it = m_docs.at(index).all.tf.cbegin(); it != m_docs.at(index).all.tf.cend(); ++it)
            set.insert(it.key());
        return set;
    }();
    removePostings(index);
    m_totalLength -= m_docs.at(index).all.length;
    if (m_agents.at(index).name != agent.name) {
        m_agentIds.remove(m_agents.at(index).name);
        m_agentIds.insert(agent.name, index);
    }
    m_agents[index] = agent;
    m_docs[index] = toIds(analyze(agent, m_parameters.nameWeight));
    m_totalLength += m_docs.at(index).all.length;
    addPostings(index);
    // Only the terms the agent gained or lost change their document frequency.
    QSet<int> affected = before;
    for (auto it = m_docs.at(index).all.tf.cbegin(); it != m_docs.at(index).all.tf.cend(); ++it) {
        if (!affected.remove(it.key()))
            affected.insert(it.key());
    }
    for (const int term : std::as_const(affected))
        updateIdf(term);
    updateNorms();
}

int LexicalIndex::documentFrequency(const QString &term) const
{
    const int id = m_termIds.value(term, -1);
    return id < 0 ? 0 : int(m_postings.at(id).size());
}

double LexicalIndex::idf(const QString &term) const
{
    const int id = m_termIds.value(term, -1);
    return id < 0 ? idfFor(0) : m_idf.at(id);
}

double LexicalIndex::averageLength() const
{
    return m_docs.isEmpty() ? 0.0 : m_totalLength / m_docs.size();
}

double LexicalIndex::documentLength(int agent) const
{
    return m_docs.at(agent).all.length;
}

double LexicalIndex::termFrequency(int agent, const QString &term) const
{
    const int id = m_termIds.value(term, -1);
    return id < 0 ? 0.0 : m_docs.at(agent).all.tf.value(id);
}

QString LexicalIndex::termText(int termId) const
{
    return m_terms.value(termId);
}

QString LexicalIndex::termWord(int termId) const
{
    return m_words.value(termId);
}

LexicalIndex::Query LexicalIndex::query(const QString &text, const TriggerPrompt &prompt) const
{
    Query q;
    QSet<QString> seen;
    const double k1 = m_parameters.k1;
    for (const TextAnalyzer::Token &token : analyzer().tokens(text)) {
        if (seen.contains(token.term))
            continue;
        seen.insert(token.term);
        const int id = m_termIds.value(token.term, -1);
        if (id >= 0 && !m_postings.at(id).isEmpty()) {
            q.terms.append(id);
            q.maxScore += m_idf.at(id) * (k1 + 1.0);
        } else {
            q.maxScore += idfFor(0) * (k1 + 1.0);
        }
    }
    if (prompt.isExample()) {
        const int agent = m_agentIds.value(prompt.exampleAgent, -1);
        if (agent >= 0 && prompt.exampleIndex >= 0 && prompt.exampleIndex < m_docs.at(agent).examples.size()) {
            q.heldOutAgent = agent;
            q.heldOutExample = prompt.exampleIndex;
        }
    }
    return q;
}

double LexicalIndex::heldOutRaw(const Query &query, int agent) const
{
    const Document &doc = m_docs.at(agent);
    const Counts &held = doc.examples.at(query.heldOutExample);
    const double length = doc.all.length - held.length;
    const double avg = averageLength();
    const double k1 = m_parameters.k1;
    const double norm = k1 * (1.0 - m_parameters.b + m_parameters.b * (avg > 0 ? length / avg : 0.0));
    double raw = 0;
    for (const int term : query.terms) {
        const double tf = doc.all.tf.value(term) - held.tf.value(term);
        if (tf > 0)
            raw += m_idf.at(term) * tf * (k1 + 1.0) / (tf + norm);
    }
    return raw;
}

void LexicalIndex::score(const Query &query, float *scores) const
{
    const int n = agentCount();
    std::fill(scores, scores + n, 0.0f);
    if (query.maxScore <= 0)
        return;
    // The normalisation is folded into each term's factor: no second pass over the row.
    const double scale = 1.0 / query.maxScore;
    const double k1p1 = m_parameters.k1 + 1.0;
    const double *norm = m_norm.constData();
    for (const int term : query.terms) {
        const double factor = m_idf.at(term) * k1p1 * scale;
        for (const Posting &posting : m_postings.at(term))
            scores[posting.agent] += float(factor * posting.tf / (posting.tf + norm[posting.agent]));
    }
    if (query.heldOutAgent >= 0)
        scores[query.heldOutAgent] = float(heldOutRaw(query, query.heldOutAgent) * scale);
}

double LexicalIndex::rawScore(const Query &query, int agent) const
{
    if (agent == query.heldOutAgent)
        return heldOutRaw(query, agent);
    const Document &doc = m_docs.at(agent);
    const double k1 = m_parameters.k1;
    double raw = 0;
    for (const int term : query.terms) {
        const double tf = doc.all.tf.value(term);
        if (tf > 0)
            raw += m_idf.at(term) * tf * (k1 + 1.0) / (tf + m_norm.at(agent));
    }
    return raw;
}

TriggerResult LexicalIndex::scoreAll(
    const TriggerPrompts &prompts, double threshold, const std::atomic_bool *cancel, int threads) const
{
    QStringList names;
    names.reserve(m_agents.size());
    for (const TriggerAgent &agent : m_agents)
        names.append(agent.name);
    TriggerResult result(names, prompts);
    result.router = QStringLiteral("lexical");
    result.threshold = threshold;
    constexpr int ChunkSize = 128;
    QList<int> chunks;
    for (int first = 0; first < prompts.size(); first += ChunkSize)
        chunks.append(first);
    const auto run = [&](int first) {
        if (cancel && cancel->load())
            return;
        const int last = std::min<int>(first + ChunkSize, int(prompts.size()));
        for (int p = first; p < last; ++p)
            score(query(prompts.at(p).text, prompts.at(p)), result.row(p));
        result.decideRows(first, last);
    };
    if (threads == 1 || chunks.size() <= 1) {
        for (const int first : std::as_const(chunks))
            run(first);
    } else if (threads > 1) {
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        QtConcurrent::blockingMap(&pool, chunks, run);
    } else {
        QtConcurrent::blockingMap(&analysisPool(), chunks, run);
    }
    result.setExplainer(std::make_shared<LexicalExplainer>(*this, prompts));
    return result;
}

CellExplanation LexicalIndex::explain(const TriggerPrompt &prompt, int agent) const
{
    CellExplanation out;
    if (agent < 0 || agent >= agentCount())
        return out;
    const Query q = query(prompt.text, prompt);
    out.rawScore = rawScore(q, agent);
    out.score = q.maxScore > 0 ? float(out.rawScore / q.maxScore) : 0.0;
    out.exampleHeldOut = q.heldOutAgent == agent;
    const Document &doc = m_docs.at(agent);
    const double k1 = m_parameters.k1;
    const double avg = averageLength();
    double length = doc.all.length;
    if (out.exampleHeldOut)
        length -= doc.examples.at(q.heldOutExample).length;
    const double norm = k1 * (1.0 - m_parameters.b + m_parameters.b * (avg > 0 ? length / avg : 0.0));
    const TriggerAgent &a = m_agents.at(agent);
    const QList<TextAnalyzer::Token> promptTokens = analyzer().tokens(prompt.text);
    const QList<TextAnalyzer::Token> nameTokens = analyzer().tokens(a.name);
    const QList<TextAnalyzer::Token> descriptionTokens = analyzer().tokens(a.description);
    QList<ExampleCodec::Span> exampleSpans;
    if (out.exampleHeldOut)
        ExampleCodec::parse(a.description, &exampleSpans);
    for (const int term : q.terms) {
        double tf = doc.all.tf.value(term);
        if (out.exampleHeldOut)
            tf -= doc.examples.at(q.heldOutExample).tf.value(term);
        if (tf <= 0)
            continue;
        TermContribution c;
        c.term = m_terms.at(term);
        c.word = m_words.at(term);
        c.contribution = m_idf.at(term) * tf * (k1 + 1.0) / (tf + norm);
        for (const TextAnalyzer::Token &t : promptTokens) {
            if (t.term == c.term)
                c.inPrompt.append(t.span);
        }
        for (const TextAnalyzer::Token &t : nameTokens) {
            if (t.term == c.term)
                c.inName.append(t.span);
        }
        for (const TextAnalyzer::Token &t : descriptionTokens) {
            if (t.term != c.term)
                continue;
            // Words inside the held-out example are not what the score saw.
            if (out.exampleHeldOut && q.heldOutExample < exampleSpans.size()
                && t.span.start >= exampleSpans.at(q.heldOutExample).start
                && t.span.start < exampleSpans.at(q.heldOutExample).end)
                continue;
            c.inAgent.append(t.span);
        }
        out.terms.append(c);
    }
    std::sort(out.terms.begin(), out.terms.end(), [](const TermContribution &x, const TermContribution &y) {
        return x.contribution > y.contribution || (x.contribution == y.contribution && x.term < y.term);
    });
    if (out.exampleHeldOut)
        out.note = QStringLiteral("This prompt is one of the agent's own examples; it was left out of the agent's "
                                  "text for this score.");
    return out;
}

LexicalIndex::SparseVector LexicalIndex::agentVector(int agent) const
{
    SparseVector v;
    const Counts &all = m_docs.at(agent).all;
    v.reserve(all.tf.size());
    double norm = 0;
    for (auto it = all.tf.cbegin(); it != all.tf.cend(); ++it) {
        const float w = float((1.0 + std::log(double(it.value()))) * m_idf.at(it.key()));
        if (w <= 0)
            continue;
        v.append({ it.key(), w });
        norm += double(w) * w;
    }
    std::sort(v.begin(), v.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    norm = std::sqrt(norm);
    if (norm > 0) {
        for (auto &entry : v)
            entry.second = float(entry.second / norm);
    }
    return v;
}

LexicalIndex::SparseVector LexicalIndex::textVector(const QString &text) const
{
    QHash<int, float> tf;
    for (const TextAnalyzer::Token &token : analyzer().tokens(text)) {
        const int id = m_termIds.value(token.term, -1);
        if (id >= 0)
            tf[id] += 1.0f;
    }
    SparseVector v;
    double norm = 0;
    for (auto it = tf.cbegin(); it != tf.cend(); ++it) {
        const float w = float((1.0 + std::log(double(it.value()))) * m_idf.at(it.key()));
        v.append({ it.key(), w });
        norm += double(w) * w;
    }
    std::sort(v.begin(), v.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    norm = std::sqrt(norm);
    if (norm > 0) {
        for (auto &entry : v)
            entry.second = float(entry.second / norm);
    }
    return v;
}

double LexicalIndex::cosine(const SparseVector &a, const SparseVector &b)
{
    double dot = 0;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).first == b.at(j).first) {
            dot += double(a.at(i).second) * b.at(j).second;
            ++i;
            ++j;
        } else if (a.at(i).first < b.at(j).first) {
            ++i;
        } else {
            ++j;
        }
    }
    return dot;
}

QList<LexicalIndex::CompetingPair> LexicalIndex::competingPairs(
    double minSimilarity, int maxPairs, int termsPerPair) const
{
    QList<SparseVector> vectors;
    for (int a = 0; a < agentCount(); ++a)
        vectors.append(agentVector(a));
    QList<CompetingPair> pairs;
    for (int a = 0; a < agentCount(); ++a) {
        for (int b = a + 1; b < agentCount(); ++b) {
            const double similarity = cosine(vectors.at(a), vectors.at(b));
            if (similarity >= minSimilarity)
                pairs.append(CompetingPair { a, b, similarity, {} });
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const CompetingPair &x, const CompetingPair &y) {
        return x.similarity > y.similarity || (x.similarity == y.similarity && (x.first < y.first));
    });
    if (pairs.size() > maxPairs)
        pairs.resize(maxPairs);
    for (CompetingPair &pair : pairs) {
        QList<QPair<double, int>> shared;
        const SparseVector &x = vectors.at(pair.first);
        const SparseVector &y = vectors.at(pair.second);
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < x.size() && j < y.size()) {
            if (x.at(i).first == y.at(j).first) {
                shared.append({ double(x.at(i).second) * y.at(j).second, x.at(i).first });
                ++i;
                ++j;
            } else if (x.at(i).first < y.at(j).first) {
                ++i;
            } else {
                ++j;
            }
        }
        std::sort(shared.begin(), shared.end(), [](const auto &p, const auto &q) {
            return p.first > q.first || (p.first == q.first && p.second < q.second);
        });
        for (int k = 0; k < shared.size() && k < termsPerPair; ++k)
            pair.sharedTerms.append(m_words.at(shared.at(k).second));
    }
    return pairs;
}

} // namespace awb
