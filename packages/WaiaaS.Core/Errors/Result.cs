using System.Diagnostics.CodeAnalysis;

namespace WaiaaS.Core.Errors;

/// <summary>A value or an expected <see cref="Failure"/>; exceptions stay for bugs and broken infrastructure.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public readonly record struct Result<T>
{
    /// <summary>Wraps a value.</summary>
    public Result(T value)
        : this(value, null)
    {
    }

    /// <summary>Wraps a failure.</summary>
    public Result(Failure failure)
        : this(default, failure)
    {
    }

    private Result(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    /// <summary>The value when <see cref="Succeeded"/>.</summary>
    public T? Value { get; }

    /// <summary>The failure when not <see cref="Succeeded"/>.</summary>
    public Failure? Failure { get; }

    /// <summary>Whether this holds a value.</summary>
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Failure is null;

    /// <summary>Wraps a value.</summary>
    public static implicit operator Result<T>(T value) => new(value);

    /// <summary>Wraps a failure.</summary>
    public static implicit operator Result<T>(Failure failure) => new(failure);
}
