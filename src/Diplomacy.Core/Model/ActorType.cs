namespace Diplomacy.Core.Model;

public enum ActorType
{
    Person,
    Country,
    Organisation,
    Group,
}
