namespace Diplomacy.Web.Pages.Account;

/// <summary>
/// <c>dotnet run --project src/Diplomacy.Web -- hash-password</c>: reads a password from standard input and prints
/// the hash to configure as <c>Editors:NAME</c>.
/// </summary>
public static class EditorPasswordCommand
{
    public const string Name = "hash-password";

    public const int MinimumLength = 12;

    /// <returns>True when the arguments named this command (it has then run); false to start the site.</returns>
    public static bool TryRun(string[] args, TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        if (args is not [Name])
        {
            return false;
        }

        var password = input.ReadLine();
        if (password is null || password.Length < MinimumLength)
        {
            output.WriteLine($"Type a password of at least {MinimumLength} characters on standard input.");
            Environment.ExitCode = 1;
            return true;
        }

        output.WriteLine(EditorAccounts.HashPassword(password));
        return true;
    }
}
