using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Marsad.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/Marsad.Benchmarks -- corpus [DATA_DIR] [--days N]   (see CorpusBenchmarks)
if (args is ["corpus", .. var rest]) return Marsad.Benchmarks.CorpusBenchmarks.Run(rest);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
