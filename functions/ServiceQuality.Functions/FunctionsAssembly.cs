using System.Reflection;

namespace ServiceQuality.Functions;

/// <summary>The assembly whose [Function] methods both hosts run: the Functions host in Azure, the local host here.</summary>
public static class FunctionsAssembly
{
    public static Assembly Instance => typeof(FunctionsAssembly).Assembly;
}
