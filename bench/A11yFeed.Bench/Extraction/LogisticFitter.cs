namespace A11yFeed.Bench.Extraction;

/// <summary>
/// Weighted logistic regression with an L2 penalty by Newton's method (IRLS): the block model and the body
/// chooser are both fitted this way. Rows carry their own weight (a block's size, or how much F1 a choice is
/// worth), so the fit spends its effort where the score does.
/// </summary>
internal static class LogisticFitter
{
    public static double[] Fit(IReadOnlyList<(double[] Features, bool Label, double Weight)> rows, int d, double l2, int iterations)
    {
        var w = new double[d];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            foreach (var (x, label, s) in rows)
            {
                var z = 0.0;
                for (var j = 0; j < d; j++)
                {
                    z += w[j] * x[j];
                }

                var p = 1 / (1 + Math.Exp(-z));
                var residual = s * ((label ? 1 : 0) - p);
                var curvature = s * p * (1 - p);
                for (var j = 0; j < d; j++)
                {
                    gradient[j] += residual * x[j];
                    for (var k = 0; k <= j; k++)
                    {
                        hessian[j, k] += curvature * x[j] * x[k];
                    }
                }
            }

            for (var j = 0; j < d; j++)
            {
                gradient[j] -= l2 * w[j];
                hessian[j, j] += l2;
                for (var k = 0; k < j; k++)
                {
                    hessian[k, j] = hessian[j, k];
                }
            }

            var step = Solve(hessian, gradient);
            for (var j = 0; j < d; j++)
            {
                w[j] += step[j];
            }
        }

        return w;
    }

    // Gaussian elimination with partial pivoting; the matrix is small and positive definite (the L2 term sees to that).
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = Enumerable.Range(col, n - col).MaxBy(r => Math.Abs(m[r, col]));
            for (var k = 0; k < n; k++)
            {
                (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            }

            (v[col], v[pivot]) = (v[pivot], v[col]);
            for (var r = col + 1; r < n; r++)
            {
                var factor = m[r, col] / m[col, col];
                for (var k = col; k < n; k++)
                {
                    m[r, k] -= factor * m[col, k];
                }

                v[r] -= factor * v[col];
            }
        }

        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var sum = v[r];
            for (var k = r + 1; k < n; k++)
            {
                sum -= m[r, k] * x[k];
            }

            x[r] = sum / m[r, r];
        }

        return x;
    }
}
