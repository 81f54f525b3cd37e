using Analysenotater.Bench;

return args.Length > 0 && args[0] == "generate"
    ? Generate(args)
    : Usage();

static int Generate(string[] args)
{
    var n = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 491;
    var clusters = n <= 1000 ? 20 : 2000;
    var path = args.Length > 2 ? args[2] : $"bench/out/workload-{n}.csv";
    WorkloadGenerator.Write(path, n, clusters, seed: 20171);
    Console.WriteLine($"wrote {path}: {n} respondents, {clusters} municipalities");
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: analysenotater-bench generate N [path]");
    return 2;
}
