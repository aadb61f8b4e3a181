using ServiceQuality.LocalHost;

var app = LocalHostApp.Build(args, Directory.Exists(args.FirstOrDefault()) ? args[0] : null);
await app.StartAsync();
foreach (var address in LocalHostApp.Addresses(app))
{
    Console.WriteLine($"ServiceQuality local host listening on {address}");
    Console.WriteLine($"  Counter survey form:  {address}/surveys/counter");
    Console.WriteLine($"  Surveys API:          {address}/api/surveys");
    Console.WriteLine($"  Staff sign-in:        {address}/staff/sign-in");
}
await app.WaitForShutdownAsync();
