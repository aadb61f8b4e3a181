using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using ServiceQuality.Functions;

WorkerApp.Configure(FunctionsApplication.CreateBuilder(args)).Build().Run();
