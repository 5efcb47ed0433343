using WaiaaS.Cli;

return await CliApplication.RunAsync(args, CliContext.FromProcess()).ConfigureAwait(false);
