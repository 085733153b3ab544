#include "maplayout.h"

#include <algorithm>
#include <cmath>

namespace awb {

namespace {

// Beyond this many points the full n × n matrix gets slow: the agents are scaled and each prompt is put
// at the similarity-weighted middle of its closest agents.
constexpr int FullScalingLimit = 1500;

double denseCosine(const QList<float> &a, const QList<float> &b)
{
    double dot = 0;
    double na = 0;
    double nb = 0;
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        dot += double(a.at(i)) * b.at(i);
        na += double(a.at(i)) * a.at(i);
        nb += double(b.at(i)) * b.at(i);
    }
    return (na > 0 && nb > 0) ? dot / std::sqrt(na * nb) : 0.0;
}

// Power iteration on a symmetric matrix: the leading eigenvector (unit length) and its eigenvalue.
double leadingEigen(const QList<double> &m, int n, int iterations, QList<double> *vector)
{
    QList<double> v(n);
    for (int i = 0; i < n; ++i)
        v[i] = 1.0 + 0.37 * ((i * 7919) % 13) - 0.5 * (i % 3); // fixed, not orthogonal to anything simple
    QList<double> next(n);
    double lambda = 0;
    for (int it = 0; it < iterations; ++it) {
        for (int i = 0; i < n; ++i) {
            double sum = 0;
            const double *row = m.constData() + qsizetype(i) * n;
            for (int j = 0; j < n; ++j)
                sum += row[j] * v[j];
            next[i] = sum;
        }
        double norm = 0;
        for (const double x : std::as_const(next))
            norm += x * x;
        norm = std::sqrt(norm);
        if (norm < 1e-12) {
            lambda = 0;
            break;
        }
        double change = 0;
        for (int i = 0; i < n; ++i) {
            const double x = next[i] / norm;
            change += std::abs(x - v[i]);
            v[i] = x;
        }
        lambda = norm;
        if (change < 1e-9 * n)
            break;
    }
    // Rayleigh quotient gives the sign of the eigenvalue too.
    double quotient = 0;
    for (int i = 0; i < n; ++i) {
        double sum = 0;
        for (int j = 0; j < n; ++j)
            sum += m[qsizetype(i) * n + j] * v[j];
        quotient += v[i] * sum;
    }
    lambda = quotient;
    // A fixed sign: the largest component positive.
    int largest = 0;
    for (int i = 1; i < n; ++i) {
        if (std::abs(v[i]) > std::abs(v[largest]))
            largest = i;
    }
    if (n > 0 && v[largest] < 0) {
        for (double &x : v)
            x = -x;
    }
    *vector = v;
    return lambda;
}

QList<QPointF> scaleIntoUnit(QList<QPointF> points)
{
    double extent = 0;
    for (const QPointF &p : std::as_const(points))
        extent = std::max({ extent, std::abs(p.x()), std::abs(p.y()) });
    if (extent > 0) {
        for (QPointF &p : points)
            p /= extent;
    }
    return points;
}

template <typename Similarity> MapLayout::Result layout(int agents, int prompts, Similarity similarity)
{
    MapLayout::Result result;
    const int n = agents + prompts;
    if (n <= FullScalingLimit) {
        QList<double> d(qsizetype(n) * n, 0.0);
        for (int i = 0; i < n; ++i) {
            for (int j = i + 1; j < n; ++j) {
                const double distance = std::max(0.0, 1.0 - similarity(i, j));
                d[qsizetype(i) * n + j] = distance;
                d[qsizetype(j) * n + i] = distance;
            }
        }
        const QList<QPointF> points = MapLayout::classicalScaling(d, n);
        result.agents = points.mid(0, agents);
        result.prompts = points.mid(agents);
        return result;
    }
    const int a = std::min(agents, FullScalingLimit);
    QList<double> d(qsizetype(a) * a, 0.0);
    for (int i = 0; i < a; ++i) {
        for (int j = i + 1; j < a; ++j) {
            const double distance = std::max(0.0, 1.0 - similarity(i, j));
            d[qsizetype(i) * a + j] = distance;
            d[qsizetype(j) * a + i] = distance;
        }
    }
    result.agents = MapLayout::classicalScaling(d, a);
    for (int p = 0; p < prompts; ++p) {
        QList<QPair<double, int>> near;
        for (int i = 0; i < a; ++i)
            near.append({ similarity(agents + p, i), i });
        const int k = std::min<int>(5, int(near.size()));
        std::partial_sort(
            near.begin(), near.begin() + k, near.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
        QPointF sum;
        double weight = 0;
        for (int i = 0; i < k; ++i) {
            const double w = std::max(near.at(i).first, 1e-6);
            sum += result.agents.at(near.at(i).second) * w;
            weight += w;
        }
        result.prompts.append(weight > 0 ? sum / weight : QPointF());
    }
    return result;
}

} // namespace

QList<QPointF> MapLayout::classicalScaling(const QList<double> &distances, int n, int iterations)
{
    QList<QPointF> points(n);
    if (n <= 0)
        return points;
    if (n == 1)
        return points;
    // B = −½ J D² J: double centring of the squared distances.
    QList<double> b(qsizetype(n) * n);
    QList<double> rowMean(n, 0.0);
    double grandMean = 0;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const double d = distances[qsizetype(i) * n + j];
            b[qsizetype(i) * n + j] = d * d;
            rowMean[i] += d * d;
        }
        grandMean += rowMean[i];
        rowMean[i] /= n;
    }
    grandMean /= double(n) * n;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j)
            b[qsizetype(i) * n + j] = -0.5 * (b[qsizetype(i) * n + j] - rowMean[i] - rowMean[j] + grandMean);
    }
    QList<double> first;
    const double l1 = leadingEigen(b, n, iterations, &first);
    // Deflate: remove the first component, then find the second.
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j)
            b[qsizetype(i) * n + j] -= l1 * first[i] * first[j];
    }
    QList<double> second;
    const double l2 = leadingEigen(b, n, iterations, &second);
    const double s1 = std::sqrt(std::max(0.0, l1));
    const double s2 = std::sqrt(std::max(0.0, l2));
    for (int i = 0; i < n; ++i)
        points[i] = QPointF(first[i] * s1, second[i] * s2);
    return scaleIntoUnit(points);
}

MapLayout::Result MapLayout::lexical(const LexicalIndex &index, const QStringList &prompts)
{
    QList<LexicalIndex::SparseVector> vectors;
    for (int a = 0; a < index.agentCount(); ++a)
        vectors.append(index.agentVector(a));
    for (const QString &prompt : prompts)
        vectors.append(index.textVector(prompt));
    return layout(index.agentCount(), int(prompts.size()),
        [&](int i, int j) { return LexicalIndex::cosine(vectors.at(i), vectors.at(j)); });
}

MapLayout::Result MapLayout::dense(const QList<QList<float>> &agents, const QList<QList<float>> &prompts)
{
    const QList<QList<float>> all = agents + prompts;
    return layout(
        int(agents.size()), int(prompts.size()), [&](int i, int j) { return denseCosine(all.at(i), all.at(j)); });
}

} // namespace awb
