#pragma once

#include "lexicalindex.h"

#include <QList>
#include <QPointF>

namespace awb {

/// Places agents and prompts on a plane so that near means similar: classical multidimensional scaling
/// (Torgerson) of the cosine distances between their vectors. The squared distance matrix is double
/// centred, B = −½ J D² J, and its two leading eigenvectors are found by power iteration with deflation;
/// coordinates are eigenvector · √eigenvalue, then scaled into [−1, 1]. Deterministic (fixed start
/// vector), no dependency beyond Qt.
class MapLayout
{
public:
    struct Result
    {
        QList<QPointF> agents;
        QList<QPointF> prompts;
        bool operator==(const Result &other) const = default;
    };

    /// Lexical map: tf-idf vectors of the agents (LexicalIndex::agentVector) and prompts (textVector).
    static Result lexical(const LexicalIndex &index, const QStringList &prompts);
    /// Dense vectors (embeddings): cosine distances between them.
    static Result dense(const QList<QList<float>> &agents, const QList<QList<float>> &prompts);

    /// Classical MDS of a symmetric n × n matrix of distances (row-major), into 2-D.
    static QList<QPointF> classicalScaling(const QList<double> &distances, int n, int iterations = 200);
};

} // namespace awb
