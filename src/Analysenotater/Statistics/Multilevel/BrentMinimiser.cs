namespace Analysenotater.Statistics.Multilevel;

/// <summary>Brent's one-dimensional minimisation (golden section with parabolic steps), as R's optimize().</summary>
internal static class BrentMinimiser
{
    public static (double X, double F, int Evaluations) Minimise(Func<double, double> f, double lower, double upper, double tolerance)
    {
        const double golden = 0.3819660112501051;
        double a = lower, b = upper;
        double x = a + golden * (b - a), w = x, v = x;
        double fx = f(x), fw = fx, fv = fx;
        double d = 0, e = 0;
        var evals = 1;
        for (var iter = 0; iter < 500; iter++)
        {
            var m = 0.5 * (a + b);
            var tol1 = 1.4901161193847656e-08 * Math.Abs(x) + tolerance / 3;
            var tol2 = 2 * tol1;
            if (Math.Abs(x - m) <= tol2 - 0.5 * (b - a))
            {
                break;
            }

            var useGolden = true;
            if (Math.Abs(e) > tol1)
            {
                var r = (x - w) * (fx - fv);
                var q = (x - v) * (fx - fw);
                var pp = (x - v) * q - (x - w) * r;
                q = 2 * (q - r);
                if (q > 0)
                {
                    pp = -pp;
                }
                else
                {
                    q = -q;
                }

                var etemp = e;
                e = d;
                if (Math.Abs(pp) < Math.Abs(0.5 * q * etemp) && pp > q * (a - x) && pp < q * (b - x))
                {
                    d = pp / q;
                    var u0 = x + d;
                    if (u0 - a < tol2 || b - u0 < tol2)
                    {
                        d = x < m ? tol1 : -tol1;
                    }

                    useGolden = false;
                }
            }

            if (useGolden)
            {
                e = (x < m ? b : a) - x;
                d = golden * e;
            }

            var u = Math.Abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1);
            var fu = f(u);
            evals++;
            if (fu <= fx)
            {
                if (u < x)
                {
                    b = x;
                }
                else
                {
                    a = x;
                }

                v = w;
                fv = fw;
                w = x;
                fw = fx;
                x = u;
                fx = fu;
            }
            else
            {
                if (u < x)
                {
                    a = u;
                }
                else
                {
                    b = u;
                }

                if (fu <= fw || w == x)
                {
                    v = w;
                    fv = fw;
                    w = u;
                    fw = fu;
                }
                else if (fu <= fv || v == x || v == w)
                {
                    v = u;
                    fv = fu;
                }
            }
        }

        return (x, fx, evals);
    }
}
