using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Marsad.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/Marsad.Benchmarks -- corpus [DATA_DIR] [--days N]   (see CorpusBenchmarks)
if (args is ["corpus", .. var rest]) return Marsad.Benchmarks.CorpusBenchmarks.Run(rest);
// dotnet run -c Release --project bench/Marsad.Benchmarks -- load --data DATA_DIR [--clients 50] [--seconds 30]   (see WebLoadTest)
if (args is ["load", .. var load]) return Marsad.Benchmarks.WebLoadTest.Run(load);
// dotnet run -c Release --project bench/Marsad.Benchmarks -- watch [--passes 3]   (see WatchBenchmarks)
if (args is ["watch", .. var watch]) return Marsad.Benchmarks.WatchBenchmarks.Run(watch);
// dotnet run -c Release --project bench/Marsad.Benchmarks -- steps [--articles 300] [--passes 3]   (see StepCosts)
if (args is ["steps", .. var stepArgs]) return Marsad.Benchmarks.StepCosts.Run(stepArgs);
// dotnet run -c Release --project bench/Marsad.Benchmarks -- scaleout ingest|search ...   (see ScaleOutBenchmarks)
if (args is ["scaleout", .. var scaleOut]) return Marsad.Benchmarks.ScaleOutBenchmarks.Run(scaleOut);
BenchmarkSwitcher.FromAssembly(typeof(Marsad.Benchmarks.BenchData).Assembly).Run(args);
return 0;
